# METADATA
# title: Azure Container Registry has the admin account on, allows anonymous pull or accepts any network
# description: >-
#   An azurerm_container_registry sets admin_enabled = true — a single shared
#   username and password with push and pull rights on every repository, not
#   tied to a person or workload — or anonymous_pull_enabled = true, which lets
#   anyone who can reach the registry pull every image without credentials
#   (and unrecorded by identity), or keeps public network access on (the
#   default) without network_rule_set default_action "Deny" (a rule set
#   without default_action allows every network: the provider's default is
#   "Allow"). Whoever holds the admin password, from wherever, can pull the
#   images (often with embedded configuration) or push a tampered image that
#   production then runs. Not reported: a network_rule_set built by a dynamic
#   block or given as an expression that cannot be resolved, and a
#   default_action or public_network_access_enabled that is not known
#   statically.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account
#   - ref: https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks
#   - ref: https://learn.microsoft.com/azure/container-registry/anonymous-pull-access
# custom:
#   id: EVD-TF-126
#   severity: medium
#   remediation: >-
#     Set admin_enabled = false and anonymous_pull_enabled = false, and grant
#     AcrPull/AcrPush to managed identities or service principals; restrict the registry with network_rule_set {
#     default_action = "Deny" } (Premium) or public_network_access_enabled = false
#     with private endpoints.
#   selector:
#     input: terraform
#     resources: [azurerm_container_registry]
#   controls:
#     hipaa: ["164.312(a)(2)(i)", "164.312(c)(1)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A shared admin credential defeats unique user identification, and anyone who holds it can alter the software that processes ePHI.
#     gdpr: Attributable, network-restricted access to the images that process personal data protects their integrity.
package evident.checks.terraform.azure_container_registry_exposed

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some registry in terraform.resources("azurerm_container_registry")
	registry.config.admin_enabled == true
	f := finding.at(registry, ["config", "admin_enabled"], finding.format("%s enables the shared admin account (admin_enabled = true)", [registry.id]))
}

deny contains f if {
	some registry in terraform.resources("azurerm_container_registry")
	values.true_value(registry.config.anonymous_pull_enabled)
	f := finding.at(registry, ["config", "anonymous_pull_enabled"], finding.format("%s allows anonymous pull (anonymous_pull_enabled = true): anyone who can reach it pulls every image without credentials", [registry.id]))
}

deny contains f if {
	some registry in terraform.resources("azurerm_container_registry")
	azure.true_or_absent(registry.config, "public_network_access_enabled")
	not restricted(registry.config)
	f := finding.of(registry, finding.format("%s is reachable from any network: no network_rule_set with default_action = \"Deny\"", [registry.id]))
}

# restricted(cfg): a network_rule_set whose default_action is "Deny" (or
# unknown; absent, the provider's default is "Allow"), or one whose content is
# not known statically (a dynamic block, network_rule_set = var.rules).
restricted(cfg) if azure.filter_restricts(cfg, "network_rule_set", "Allow", "Allow")
