# METADATA
# title: Azure database firewall rule admits the whole internet
# description: >-
#   A server-level firewall rule of an Azure SQL, PostgreSQL, MySQL, MariaDB,
#   Synapse or Redis server spans 0.0.0.0 to 255.255.255.255: every address on
#   the internet may connect, and only the database login stands between an
#   attacker and the data (credential stuffing and password spraying against
#   well-known server names are routine).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/firewall-configure
# custom:
#   id: EVD-TF-107
#   severity: high
#   remediation: >-
#     Replace the rule with the specific client ranges that need access, or
#     remove it and connect through a private endpoint or VNet integration.
#   selector:
#     input: terraform
#     resources: [azurerm_mssql_firewall_rule, azurerm_sql_firewall_rule, azurerm_postgresql_firewall_rule, azurerm_postgresql_flexible_server_firewall_rule, azurerm_mysql_firewall_rule, azurerm_mysql_flexible_server_firewall_rule, azurerm_mariadb_firewall_rule, azurerm_synapse_firewall_rule, azurerm_redis_firewall_rule]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: An internet-wide firewall rule removes the network layer of access control in front of ePHI.
#     gdpr: Exposing a personal-data store to every address on the internet contradicts confidentiality and data protection by default.
package evident.checks.terraform.azure_database_firewall_open

import data.evident.lib.finding
import data.evident.lib.terraform

# Firewall rule types and the names of their range attributes.
rule_types := {
	"azurerm_mssql_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_sql_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_postgresql_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_postgresql_flexible_server_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_mysql_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_mysql_flexible_server_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_mariadb_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_synapse_firewall_rule": ["start_ip_address", "end_ip_address"],
	"azurerm_redis_firewall_rule": ["start_ip", "end_ip"],
}

deny contains f if {
	some type, attrs in rule_types
	some rule in terraform.resources(type)
	rule.config[attrs[0]] == "0.0.0.0"
	rule.config[attrs[1]] == "255.255.255.255"
	f := finding.at(rule, ["config", attrs[1]], finding.format("%s admits every internet address (0.0.0.0 to 255.255.255.255)", [rule.id]))
}
