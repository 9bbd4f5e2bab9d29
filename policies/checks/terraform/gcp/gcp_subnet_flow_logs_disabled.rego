# METADATA
# title: GCP subnetwork has no VPC flow logs
# description: >-
#   A google_compute_subnetwork has no log_config block (and no
#   enable_flow_logs = true, the older argument). Without flow logs there is no
#   record of which hosts talked to the systems that store personal data,
#   which is the first thing an incident investigation needs. Proxy-only
#   subnets (purpose REGIONAL_MANAGED_PROXY, GLOBAL_MANAGED_PROXY or the older
#   INTERNAL_HTTPS_LOAD_BALANCER) cannot have flow logs and are not reported;
#   neither is a subnetwork whose purpose cannot be resolved. An organization
#   policy can turn flow logs on for every subnet (outside the module): the
#   finding then names a setting the organization already enforces.
# related_resources:
#   - ref: https://cloud.google.com/vpc/docs/using-flow-logs
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config
# custom:
#   id: EVD-TF-176
#   severity: medium
#   remediation: >-
#     Add a log_config block (aggregation_interval, flow_sampling, metadata =
#     "INCLUDE_ALL_METADATA") to the subnetworks that carry workloads, or enforce
#     flow logs with the organization policy for VPC flow logs.
#   selector:
#     input: terraform
#     resources: [google_compute_subnetwork]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Network activity records support information system activity review and incident response.
#     gdpr: Network activity records support evaluating security measures and investigating breaches.
package evident.checks.terraform.gcp_subnet_flow_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# Subnets that serve managed proxies: flow logs are not supported there.
proxy_only := {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER"}

deny contains f if {
	some subnet in terraform.resources("google_compute_subnetwork")
	workload_subnet(subnet.config)
	not terraform.has_block(subnet.config, "log_config")
	not enabled_by_argument(subnet.config)
	f := finding.of(subnet, finding.format("%s has no VPC flow logs (no log_config block)", [subnet.id]))
}

# workload_subnet(cfg): the default purpose (PRIVATE), or any other purpose that is known and not proxy-only.
workload_subnet(cfg) if values.absent_or_null(cfg, "purpose")

workload_subnet(cfg) if {
	is_string(cfg.purpose)
	not object.get(cfg, "purpose", null) in proxy_only
}

# enable_flow_logs: true, or a value that cannot be resolved.
enabled_by_argument(cfg) if cfg.enable_flow_logs == true

enabled_by_argument(cfg) if values.is_unknown(cfg.enable_flow_logs)
