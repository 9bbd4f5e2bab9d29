# METADATA
# title: GKE node pool turns automatic upgrades or repairs off
# description: >-
#   The management block of a google_container_node_pool, or of an inline
#   node_pool of a google_container_cluster, sets auto_upgrade = false or
#   auto_repair = false. Without automatic upgrades the nodes keep the
#   Kubernetes version, kernel and container runtime they were created with:
#   the security patches GKE ships for them are never applied, and the pool
#   drifts out of support. Without automatic repairs a node that fails its
#   health checks stays broken, with the workloads that serve patient data on
#   it, until someone notices. Both are on by default (and a release channel
#   requires automatic upgrades), so only an explicit false is reported, not a
#   value the module does not know.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair
# custom:
#   id: EVD-TF-251
#   severity: medium
#   remediation: >-
#     Remove auto_upgrade = false and auto_repair = false from the node pool's
#     management block (or set them to true), enroll the cluster in a release
#     channel, and control when upgrades happen with a maintenance window and
#     exclusions rather than by turning them off.
#   selector:
#     input: terraform
#     resources: [google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)", "164.308(a)(7)(i)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Applying the platform's security patches protects the systems that hold ePHI from malicious software and is part of managing risk; automatic repair keeps them available.
#     gdpr: Patched, self-healing nodes protect the ongoing confidentiality, integrity, availability and resilience of the systems processing personal data.
package evident.checks.terraform.gcp_gke_node_auto_maintenance_disabled

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

# What each switch keeps from the nodes, for messages.
effects := {
	"auto_upgrade": "security patches are not applied to the nodes",
	"auto_repair": "failed nodes are not repaired",
}

deny contains f if {
	some r in terraform.resources_of(["google_container_cluster", "google_container_node_pool"])
	some [pool, at, label] in gcp.gke_pools(r)
	some i, management in terraform.blocks(pool, "management")
	some setting, effect in effects
	management[setting] == false
	path := array.concat(array.concat(at, terraform.block_path(pool, "management", i)), [setting])
	f := finding.at(r, path, finding.format("%s turns %s off: %s", [label, setting, effect]))
}
