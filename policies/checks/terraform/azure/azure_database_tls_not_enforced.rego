# METADATA
# title: Azure database accepts unencrypted or legacy-TLS connections
# description: >-
#   An Azure database server lets clients connect without TLS or with TLS
#   below 1.2: a single server with ssl_enforcement_enabled = false or
#   ssl_minimal_tls_version_enforced of TLS1_0, TLS1_1 or TLSEnforcementDisabled;
#   an Azure SQL server with minimum_tls_version "1.0", "1.1" or "Disabled"; or
#   a flexible server whose require_secure_transport server parameter is turned
#   off. Queries and results — the records themselves — then travel in clear
#   text or under deprecated protocols.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version
# custom:
#   id: EVD-TF-108
#   severity: high
#   remediation: >-
#     Enforce TLS: ssl_enforcement_enabled = true with ssl_minimal_tls_version_enforced
#     = "TLS1_2", minimum_tls_version = "1.2" on Azure SQL, and leave
#     require_secure_transport on for flexible servers; use sslmode=verify-full
#     (or the driver's equivalent) in clients.
#   selector:
#     input: terraform
#     resources: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_mssql_server, azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Database traffic carries ePHI; transmission security requires protecting it, and encryption is the addressable specification.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_database_tls_not_enforced

import data.evident.lib.azure
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

single_server_types := ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"]

deny contains f if {
	some type in single_server_types
	some server in terraform.resources(type)
	server.config.ssl_enforcement_enabled == false
	f := finding.at(server, ["config", "ssl_enforcement_enabled"], finding.format("%s accepts unencrypted connections (ssl_enforcement_enabled = false)", [server.id]))
}

deny contains f if {
	some type in single_server_types
	some server in terraform.resources(type)
	not server.config.ssl_enforcement_enabled == false
	version := server.config.ssl_minimal_tls_version_enforced
	version in {"TLS1_0", "TLS1_1", "TLSEnforcementDisabled"}
	f := finding.at(server, ["config", "ssl_minimal_tls_version_enforced"], finding.format("%s accepts TLS below 1.2 (ssl_minimal_tls_version_enforced = \"%s\")", [server.id, version]))
}

deny contains f if {
	some server in terraform.resources("azurerm_mssql_server")
	version := server.config.minimum_tls_version
	mssql_legacy_tls(version)
	f := finding.at(server, ["config", "minimum_tls_version"], finding.format("%s accepts TLS below 1.2 (minimum_tls_version = \"%s\")", [server.id, azure.version_text(version)]))
}

deny contains f if {
	some type in ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]
	some parameter in terraform.resources(type)
	parameter.config.name == "require_secure_transport"
	values.off_setting(parameter.config.value)
	f := finding.at(parameter, ["config", "value"], finding.format("%s turns require_secure_transport off: the server accepts unencrypted connections", [parameter.id]))
}

mssql_legacy_tls("Disabled")

mssql_legacy_tls(version) if azure.legacy_tls_version(version)
