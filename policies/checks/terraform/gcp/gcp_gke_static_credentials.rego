# METADATA
# title: GKE cluster accepts static credentials (basic auth or a client certificate)
# description: >-
#   A google_container_cluster's master_auth enables basic authentication (a
#   username, with its password) or issues a client certificate
#   (client_certificate_config { issue_client_certificate = true }). Both are
#   static credentials to the Kubernetes API that no Google identity stands
#   behind: they are not tied to a user, cannot be revoked one by one (a client
#   certificate lasts until the cluster's credentials are rotated) and are
#   readable by whoever reads the Terraform state. A username set to "" (the
#   older way of turning basic auth off) and values that cannot be resolved
#   are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_auth
# custom:
#   id: EVD-TF-235
#   severity: high
#   remediation: >-
#     Remove the master_auth username and password, and set
#     issue_client_certificate = false (or leave master_auth out): authenticate
#     to the cluster with Google identities (gcloud, Workload Identity) and
#     authorize with IAM and RBAC.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to the cluster holding ePHI must verify who is asking; a shared static credential identifies no person or entity and cannot be withdrawn from one.
#     gdpr: Credentials that cannot be attributed or revoked undermine the ongoing confidentiality of the processing systems.
package evident.checks.terraform.gcp_gke_static_credentials

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	some i, auth in terraform.blocks(cluster.config, "master_auth")
	username := auth.username
	is_string(username)
	username != ""
	path := array.concat(array.concat(["config"], terraform.block_path(cluster.config, "master_auth", i)), ["username"])
	f := finding.at(cluster, path, finding.format("%s enables basic authentication to its control plane (master_auth sets a username and password)", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	some i, auth in terraform.blocks(cluster.config, "master_auth")
	some j, certificate in terraform.blocks(auth, "client_certificate_config")
	certificate.issue_client_certificate == true
	path := array.concat(
		array.concat(["config"], terraform.block_path(cluster.config, "master_auth", i)),
		array.concat(terraform.block_path(auth, "client_certificate_config", j), ["issue_client_certificate"]),
	)
	f := finding.at(cluster, path, finding.format("%s issues a client certificate for its control plane (issue_client_certificate = true)", [cluster.id]))
}
