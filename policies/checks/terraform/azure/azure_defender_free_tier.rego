# METADATA
# title: Microsoft Defender for Cloud plan set to the Free tier
# description: >-
#   An azurerm_security_center_subscription_pricing with tier = "Free": the
#   subscription's Defender plan for that resource type (resource_type, by
#   default VirtualMachines; also SqlServers, StorageAccounts, KeyVaults,
#   KubernetesService, Containers, Arm, OpenSourceRelationalDatabases and the
#   others) is switched off, so Defender raises no security alert for those
#   resources: no detection of brute-force sign-ins, unusual data access or
#   exfiltration from storage accounts and databases, suspicious Key Vault
#   operations, or malware on servers. The Free tier keeps only posture
#   recommendations. Declaring the plan Free in code turns it off for the whole
#   subscription. Not reported: Standard, and unknown values (a variable).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing
# custom:
#   id: EVD-TF-260
#   severity: medium
#   remediation: >-
#     Set tier = "Standard" for the resource types that hold or process health
#     and personal data (servers, SQL, open-source databases, storage, Key Vault,
#     containers), or leave the plan out of this configuration if another one
#     manages it.
#   selector:
#     input: terraform
#     resources: [azurerm_security_center_subscription_pricing]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Reviewing system activity and identifying security incidents are required; a plan switched off raises no alert on the resources it covers.
#     gdpr: Ongoing confidentiality and integrity of processing systems, and regular evaluation of security measures, include detecting attacks on them.
package evident.checks.terraform.azure_defender_free_tier

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some plan in terraform.resources("azurerm_security_center_subscription_pricing")
	tier := plan.config.tier
	is_string(tier)
	lower(tier) == "free"
	resource_type := object.get(plan.config, "resource_type", "VirtualMachines")
	f := finding.at(plan, ["config", "tier"], finding.format("%s sets Microsoft Defender for Cloud to the Free tier for %s: no threat alerts for those resources", [plan.id, finding.value_text(resource_type)]))
}
