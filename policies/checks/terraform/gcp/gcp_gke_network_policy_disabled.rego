# METADATA
# title: GKE cluster does not enforce network policies
# description: >-
#   A google_container_cluster (Standard, not Autopilot) has neither a
#   network_policy block with enabled = true nor GKE Dataplane V2
#   (datapath_provider = "ADVANCED_DATAPATH"). Kubernetes NetworkPolicy objects
#   are then silently ignored: every pod can reach every other pod, so one
#   compromised workload can talk directly to the databases and services that
#   hold personal data.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2
# custom:
#   id: EVD-TF-166
#   severity: low
#   remediation: >-
#     Set datapath_provider = "ADVANCED_DATAPATH" on new clusters (or
#     network_policy { enabled = true } with addons_config.network_policy_config),
#     then add default-deny NetworkPolicies per namespace.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: Network policies limit which workloads can reach the services holding ePHI, an access control inside the cluster.
#     gdpr: Segmentation inside the cluster is a technical measure that limits access to personal data by design.
package evident.checks.terraform.gcp_gke_network_policy_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	values.is_false_or_absent(cluster.config, "enable_autopilot")
	legacy_datapath(cluster.config)
	not enforced(cluster.config)
	f := finding.of(cluster, finding.format("%s does not enforce NetworkPolicies (no network_policy enabled, no Dataplane V2)", [cluster.id]))
}

# legacy_datapath(cfg): the default datapath, which enforces no policy by itself.
legacy_datapath(cfg) if values.is_false_or_absent(cfg, "datapath_provider")

legacy_datapath(cfg) if cfg.datapath_provider == "LEGACY_DATAPATH"

enforced(cfg) if {
	some policy in terraform.blocks(cfg, "network_policy")
	not values.is_false_or_absent(policy, "enabled")
}

enforced(cfg) if cfg.dynamic.network_policy
