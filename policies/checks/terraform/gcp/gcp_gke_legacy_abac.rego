# METADATA
# title: GKE cluster has legacy ABAC enabled
# description: >-
#   A google_container_cluster sets enable_legacy_abac = true. Legacy attribute-
#   based access control grants broad static permissions that Kubernetes RBAC
#   cannot narrow — historically full API access to every service account —
#   so any compromised pod can read the cluster's Secrets and data.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110
# custom:
#   id: EVD-TF-164
#   severity: high
#   remediation: Remove enable_legacy_abac (the default is false) and grant access with Kubernetes RBAC and IAM.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Legacy ABAC prevents authorizing access to ePHI in the cluster on a need basis.
#     gdpr: Least-privilege authorization keeps personal data in the cluster confidential by default.
package evident.checks.terraform.gcp_gke_legacy_abac

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	cluster.config.enable_legacy_abac == true
	f := finding.at(cluster, ["config", "enable_legacy_abac"], finding.format("%s enables legacy ABAC (enable_legacy_abac = true)", [cluster.id]))
}
