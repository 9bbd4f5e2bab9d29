# METADATA
# title: Shielded VM integrity protection turned off
# description: >-
#   The shielded_instance_config of a google_compute_instance, a
#   google_compute_instance_template, or a GKE node_config (a cluster's default
#   pool, its inline node pools, a google_container_node_pool) sets enable_vtpm
#   = false or enable_integrity_monitoring = false. Both are on by default.
#   Without the virtual TPM the machine cannot measure its boot or seal secrets
#   to it; without integrity monitoring a changed bootloader or kernel (a
#   rootkit) raises no alert. Either way a compromise of the machine that holds
#   or processes health data survives reboots unseen. Secure Boot, off by
#   default and dependent on signed boot components, is not judged; values the
#   module does not know are not reported.
# related_resources:
#   - ref: https://cloud.google.com/compute/shielded-vm/docs/shielded-vm
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
# custom:
#   id: EVD-TF-254
#   severity: medium
#   remediation: >-
#     Remove enable_vtpm = false and enable_integrity_monitoring = false from
#     shielded_instance_config (or set them to true), and alert on integrity
#     monitoring's lateBootReportEvent failures.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Measured boot and integrity monitoring detect tampering with the systems that hold ePHI and protect them from persistent malicious software.
#     gdpr: Detecting a tampered boot chain protects the integrity of the systems processing personal data.
package evident.checks.terraform.gcp_shielded_vm_protection_off

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

# What each switch keeps from the machine, for messages.
protections := {
	"enable_vtpm": "its boot is not measured and secrets cannot be sealed to it",
	"enable_integrity_monitoring": "a changed boot chain raises no alert",
}

deny contains f if {
	some r in terraform.resources_of({"google_compute_instance", "google_compute_instance_template", "google_container_cluster", "google_container_node_pool"})
	some [holder, at] in holders(r)
	some i, config in terraform.blocks(holder, "shielded_instance_config")
	some setting, effect in protections
	config[setting] == false
	path := array.concat(array.concat(at, terraform.block_path(holder, "shielded_instance_config", i)), [setting])
	f := finding.at(r, path, finding.format("%s turns %s off: %s", [r.id, setting, effect]))
}

# holders(r): [object, path] of the objects that hold a shielded_instance_config: an instance
# or template itself, or the node_configs of a GKE resource.
holders(r) := [[r.config, ["config"]]] if {
	r.type in {"google_compute_instance", "google_compute_instance_template"}
} else := gcp.gke_node_configs(r)
