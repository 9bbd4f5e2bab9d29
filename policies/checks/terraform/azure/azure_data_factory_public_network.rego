# METADATA
# title: Azure Data Factory is managed over the public network
# description: >-
#   An azurerm_data_factory sets public_network_enabled = true or leaves it at
#   its default, which is true. The factory's pipelines, which copy records
#   between data stores with the factory's stored credentials, can then be
#   authored, triggered and their self-hosted integration runtimes registered
#   from the internet rather than only through a private endpoint. An unknown
#   value (a variable, a reference) is not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/data-factory/data-factory-private-link
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_factory#public_network_enabled
# custom:
#   id: EVD-TF-193
#   severity: medium
#   remediation: >-
#     Set public_network_enabled = false and reach the factory through private
#     endpoints (azurerm_private_endpoint with the dataFactory and portal
#     subresources).
#   selector:
#     input: terraform
#     resources: [azurerm_data_factory]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A pipeline service that moves ePHI between stores and is reachable from the internet widens who can attempt access; limiting network access is an access control and a risk-management measure.
#     gdpr: Keeping the service that moves personal data off the internet by default protects the confidentiality of the processing.
package evident.checks.terraform.azure_data_factory_public_network

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some factory in terraform.resources("azurerm_data_factory")
	factory.config.public_network_enabled == true
	f := finding.at(factory, ["config", "public_network_enabled"], finding.format("%s sets public_network_enabled = true: the factory is managed from the internet", [factory.id]))
}

deny contains f if {
	some factory in terraform.resources("azurerm_data_factory")
	values.absent_or_null(factory.config, "public_network_enabled")
	f := finding.of(factory, finding.format("%s does not set public_network_enabled = false (public network access is on by default)", [factory.id]))
}
