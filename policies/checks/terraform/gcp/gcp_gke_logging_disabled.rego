# METADATA
# title: GKE cluster does not send workload logs to Cloud Logging
# description: >-
#   A google_container_cluster sets logging_service = "none", or a
#   logging_config whose enable_components leaves out WORKLOADS. Container
#   logs — application errors, access records, security events from the
#   workloads that process personal data — are then not collected and are
#   lost when pods are rescheduled.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs
# custom:
#   id: EVD-TF-167
#   severity: medium
#   remediation: >-
#     Remove logging_service = "none" and include "WORKLOADS" (with
#     "SYSTEM_COMPONENTS") in logging_config.enable_components, or ship logs with
#     your own agent and document it.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls and incident response depend on the activity records of systems that process ePHI.
#     gdpr: Workload logs are part of how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.gcp_gke_logging_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	cluster.config.logging_service == "none"
	f := finding.at(cluster, ["config", "logging_service"], finding.format("%s sets logging_service = \"none\": no logs are collected", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	some i, logging in terraform.blocks(cluster.config, "logging_config")
	components := logging.enable_components
	is_array(components)
	not "WORKLOADS" in components
	f := finding.at(cluster, ["config", "logging_config", i, "enable_components"], finding.format("%s logging_config leaves out WORKLOADS: container logs are not collected", [cluster.id]))
}
