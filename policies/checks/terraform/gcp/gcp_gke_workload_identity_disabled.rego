# METADATA
# title: GKE cluster does not use Workload Identity
# description: >-
#   A google_container_cluster (Standard, not Autopilot) has no
#   workload_identity_config with a workload_pool. Pods then call Google APIs
#   with the node's service account — the same credentials for every pod on
#   the node — read from the metadata server, which also exposes the node's
#   bootstrap credentials. One compromised pod gets everything any pod on its
#   node may access.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
# custom:
#   id: EVD-TF-172
#   severity: medium
#   remediation: >-
#     Add workload_identity_config { workload_pool = "<project>.svc.id.goog" },
#     run node pools with workload_metadata_config { mode = "GKE_METADATA" },
#     and bind each Kubernetes service account to its own Google service account.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.312(a)(2)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Per-workload identities limit each workload's access to the ePHI it needs and make access attributable.
#     gdpr: Least-privilege, per-workload credentials limit access to personal data by default.
package evident.checks.terraform.gcp_gke_workload_identity_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	values.is_false_or_absent(cluster.config, "enable_autopilot")
	not workload_identity(cluster.config)
	f := finding.of(cluster, finding.format("%s does not enable Workload Identity: pods use the node's service account", [cluster.id]))
}

workload_identity(cfg) if {
	some config in terraform.blocks(cfg, "workload_identity_config")
	not values.is_false_or_absent(config, "workload_pool")
}

workload_identity(cfg) if cfg.dynamic.workload_identity_config
