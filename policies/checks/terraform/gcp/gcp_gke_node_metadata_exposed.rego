# METADATA
# title: GKE nodes expose their metadata to pods
# description: >-
#   A node_config of a google_container_cluster (its default pool or an inline
#   node_pool) or of a google_container_node_pool sets workload_metadata_config
#   mode = "GCE_METADATA", or the older node_metadata = "EXPOSE" or
#   "UNSPECIFIED". Pods on those nodes then reach the Compute Engine metadata
#   server unfiltered: they read the node's service-account token, and act with
#   whatever that account may do, instead of going through the GKE metadata
#   server of Workload Identity, which gives each pod only its own identity.
#   On a cluster with Workload Identity this is a pool that opts out of it. An
#   unset mode (inherited from the cluster, see EVD-TF-172) and a value the
#   module does not know are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#nested_workload_metadata_config
# custom:
#   id: EVD-TF-241
#   severity: medium
#   remediation: >-
#     Set workload_metadata_config { mode = "GKE_METADATA" } on every node pool
#     (and enable Workload Identity on the cluster), and give each workload a
#     Google service account of its own.
#   selector:
#     input: terraform
#     resources: [google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Pods that share the node's credentials reach every ePHI store the node may, beyond the access granted to each workload.
#     gdpr: Credentials readable by every workload on a node defeat least-privilege access to personal data.
package evident.checks.terraform.gcp_gke_node_metadata_exposed

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

# The settings that serve the node's metadata to pods, by field.
exposing := {"mode": {"GCE_METADATA"}, "node_metadata": {"EXPOSE", "UNSPECIFIED"}}

deny contains f if {
	some r in terraform.resources_of(["google_container_cluster", "google_container_node_pool"])
	some [node_config, path] in gcp.gke_node_configs(r)
	some j, metadata in terraform.blocks(node_config, "workload_metadata_config")
	some field, values in exposing
	value := metadata[field]
	value in values
	at := array.concat(array.concat(path, terraform.block_path(node_config, "workload_metadata_config", j)), [field])
	f := finding.at(r, at, finding.format("%s lets its pods read the node's metadata and service-account token (workload_metadata_config %s = %s)", [r.id, field, value]))
}
