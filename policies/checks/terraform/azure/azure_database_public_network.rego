# METADATA
# title: Azure database server allows public network access
# description: >-
#   An Azure SQL, PostgreSQL, MySQL or MariaDB server (single or flexible)
#   sets public_network_access_enabled = true or leaves it at its default,
#   which is true. The server's endpoint then accepts connections from the
#   internet, limited only by firewall rules that are easy to widen later. A
#   flexible server integrated into a virtual network (delegated_subnet_id) has
#   no public endpoint and is not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking
# custom:
#   id: EVD-TF-106
#   severity: medium
#   remediation: >-
#     Set public_network_access_enabled = false and reach the server through a
#     private endpoint (azurerm_private_endpoint) or, for flexible servers,
#     VNet integration (delegated_subnet_id).
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A database reachable from the internet widens who can attempt access to ePHI; limiting network access is an access control and a risk-management measure.
#     gdpr: Keeping personal-data stores off the internet by default protects their confidentiality.
package evident.checks.terraform.azure_database_public_network

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

server_types := [
	"azurerm_mssql_server", "azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server",
	"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server",
]

deny contains f if {
	some type in server_types
	some server in terraform.resources(type)
	server.config.public_network_access_enabled == true
	f := finding.at(server, ["config", "public_network_access_enabled"], finding.format("%s sets public_network_access_enabled = true", [server.id]))
}

deny contains f if {
	some type in server_types
	some server in terraform.resources(type)
	values.is_false_or_absent(server.config, "delegated_subnet_id")
	not values.has_key(server.config, "public_network_access_enabled")
	f := finding.of(server, finding.format("%s does not set public_network_access_enabled = false (public network access is on by default)", [server.id]))
}
