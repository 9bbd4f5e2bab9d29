# METADATA
# title: Network Watcher flow log is disabled or keeps records under 90 days
# description: >-
#   An azurerm_network_watcher_flow_log sets enabled = false, so it records no
#   traffic at all, or has a retention_policy { enabled = true } that deletes
#   its records after 1 to 89 days. Flow logs are the record of which hosts
#   talked to the systems that hold personal data; breaches are often found
#   months after they began, and an investigation then needs that history. 90
#   days follows the CIS Microsoft Azure Foundations benchmark and Checkov
#   (CKV_AZURE_12). Not reported: days = 0, which keeps the records forever;
#   a retention policy with enabled = false, which is no retention policy at
#   all (Azure deletes nothing; Checkov fails it); values that cannot be
#   resolved; and a retention_policy written as a dynamic block. A lifecycle
#   rule of the destination storage account may still delete the records
#   earlier: this check does not look at it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#retention_policy
# custom:
#   id: EVD-TF-227
#   severity: medium
#   remediation: >-
#     Set enabled = true and retention_policy { enabled = true, days = 90 } (or
#     more; days = 0 keeps the records forever), or copy the flow logs to
#     longer-term storage.
#   selector:
#     input: terraform
#     resources: [azurerm_network_watcher_flow_log]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Network activity records, kept for the period a review or an incident investigation looks back, support activity review and incident response.
#     gdpr: Network activity records covering the period in question support evaluating security measures and investigating breaches.
package evident.checks.terraform.azure_flow_log_retention_short

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

minimum_retention_days := 90

deny contains f if {
	some flow_log in terraform.resources("azurerm_network_watcher_flow_log")
	disabled(flow_log.config)
	f := finding.at(flow_log, ["config", "enabled"], finding.format("%s is disabled (enabled = false): it records no network traffic", [flow_log.id]))
}

deny contains f if {
	some flow_log in terraform.resources("azurerm_network_watcher_flow_log")
	not disabled(flow_log.config)
	some i, policy in terraform.blocks(flow_log.config, "retention_policy")
	values.true_value(policy.enabled)
	days := terraform.number(policy.days)
	days > 0
	days < minimum_retention_days
	path := array.concat(array.concat(["config"], terraform.block_path(flow_log.config, "retention_policy", i)), ["days"])
	f := finding.at(flow_log, path, finding.format("%s keeps flow log records for %d days (fewer than %d)", [flow_log.id, days, minimum_retention_days]))
}

# disabled(cfg): enabled = false (an argument that is absent, null or unknown is not).
disabled(cfg) if values.false_value(cfg.enabled)
