# METADATA
# title: GKE cluster turns Shielded GKE Nodes off
# description: >-
#   A google_container_cluster sets enable_shielded_nodes = false. Its nodes
#   then run without Secure Boot, vTPM-backed node identity and integrity
#   monitoring: a pod that escapes to a node can take the kubelet's
#   credentials and register a node of its own, impersonating it to the
#   control plane, and a tampered boot chain goes unnoticed. GKE enables
#   Shielded Nodes by default (1.18 and later, provider 4.0 and later), so an
#   unset value, and one the module does not know, are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_shielded_nodes
# custom:
#   id: EVD-TF-242
#   severity: medium
#   remediation: Remove enable_shielded_nodes = false (or set it to true) and enable secure boot in the node pools' shielded_instance_config.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Verified node identity and boot integrity keep the systems that process ePHI from being altered or impersonated.
#     gdpr: Node integrity and authentication protect the ongoing integrity of processing systems.
package evident.checks.terraform.gcp_gke_shielded_nodes_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some r in terraform.resources("google_container_cluster")
	values.false_value(r.config.enable_shielded_nodes)
	f := finding.at(r, ["config", "enable_shielded_nodes"], finding.format("%s turns Shielded GKE Nodes off (enable_shielded_nodes = false): node identity and boot integrity are not verified", [r.id]))
}
