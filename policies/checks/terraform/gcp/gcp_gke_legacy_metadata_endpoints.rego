# METADATA
# title: GKE nodes serve the legacy metadata endpoints
# description: >-
#   A node_config of a google_container_cluster (its default pool or an inline
#   node_pool) or of a google_container_node_pool sets metadata "disable-legacy-endpoints" to false. The nodes then answer
#   the Compute Engine metadata server's legacy v0.1 and v1beta1 endpoints,
#   which need no Metadata-Flavor header: any pod, or a server-side request
#   forgery in one, can read the node's service-account token and the
#   cluster's kube-env (the kubelet's bootstrap credentials) and act as the
#   node. GKE has disabled them by default since 1.12, so an unset value, and
#   one that cannot be resolved, are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#metadata
# custom:
#   id: EVD-TF-238
#   severity: medium
#   remediation: >-
#     Remove "disable-legacy-endpoints" from node_config.metadata (or set it to
#     "true"), and enable Workload Identity (workload_metadata_config { mode =
#     "GKE_METADATA" }) so that pods do not see the node's credentials.
#   selector:
#     input: terraform
#     resources: [google_container_cluster, google_container_node_pool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A pod that can take the node's credentials can reach whatever ePHI the node and cluster can, beyond the access granted to it.
#     gdpr: Credentials readable by every workload undermine the confidentiality of the systems that process personal data.
package evident.checks.terraform.gcp_gke_legacy_metadata_endpoints

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some r in terraform.resources_of(["google_container_cluster", "google_container_node_pool"])
	some [node_config, at] in gcp.gke_node_configs(r)
	value := node_config.metadata["disable-legacy-endpoints"]
	value in {false, "false"}
	path := array.concat(at, ["metadata", "disable-legacy-endpoints"])
	f := finding.at(r, path, finding.format("%s serves the legacy metadata endpoints on its nodes (disable-legacy-endpoints = false): pods can read the node's credentials", [r.id]))
}
