# METADATA
# title: Azure MySQL server keeps no audit log
# description: >-
#   An azurerm_mysql_flexible_server (or a single server, azurerm_mysql_server)
#   has no server parameter audit_log_enabled = ON in the module, or an
#   azurerm_mysql_flexible_server_configuration (azurerm_mysql_configuration)
#   sets it to OFF. Azure Database for MySQL's audit log is off by default:
#   without it the server records no connection (who logged in, from where,
#   successfully or not) and no statement, so access to the records it holds
#   cannot be reviewed or reconstructed after an incident. A configuration is
#   matched to its server by reference or by the server's literal name. Not
#   judged: a server with a configuration whose name or server is not known
#   statically (a for_each over a variable's parameters, a server name from a
#   variable), or whose name is passed to a module that may set its
#   parameters. Which events are audited (audit_log_events, CONNECTION by
#   default) is not judged. Twin of EVD-TF-299 (RDS PostgreSQL) and EVD-TF-159
#   (Cloud SQL).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-audit-logs
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_configuration
# custom:
#   id: EVD-TF-310
#   severity: medium
#   remediation: >-
#     Add an azurerm_mysql_flexible_server_configuration with name =
#     "audit_log_enabled" and value = "ON" for the server (audit_log_events
#     "CONNECTION" at least, DML_SELECT where reads of records must be
#     attributable), and send its MySqlAuditLogs to a Log Analytics workspace
#     with an azurerm_monitor_diagnostic_setting.
#   selector:
#     input: terraform
#     resources: [azurerm_mysql_flexible_server, azurerm_mysql_server, azurerm_mysql_flexible_server_configuration, azurerm_mysql_configuration]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that contain ePHI, and information system activity review needs those records.
#     gdpr: A record of access to a personal-data store is how the controller demonstrates (accountability) and verifies (regular testing) the security of processing.
package evident.checks.terraform.azure_mysql_audit_log_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The server types, each with the type of its server parameter resources.
configuration_types := {
	"azurerm_mysql_flexible_server": "azurerm_mysql_flexible_server_configuration",
	"azurerm_mysql_server": "azurerm_mysql_configuration",
}

deny contains f if {
	some type in configuration_types
	some parameter in terraform.resources(type)
	values.lower_text(parameter.config.name) == "audit_log_enabled"
	values.off_setting(parameter.config.value)
	f := finding.at(parameter, ["config", "value"], finding.format("%s sets audit_log_enabled = \"%s\": the MySQL server records no connection and no statement", [parameter.id, finding.value_text(parameter.config.value)]))
}

deny contains f if {
	some server_type, type in configuration_types
	some server in terraform.resources(server_type)
	not configured(server, server_type, type)
	not terraform.passed_to_module_that_may_declare(server, type)
	f := finding.of(server, finding.format("%s sets no audit_log_enabled = ON server parameter: MySQL's audit log is off by default, so the server records no connection and no statement", [server.id]))
}

# configured(server, server_type, type): a parameter resource of `type` that may belong to
# the server sets audit_log_enabled (to any value: an OFF is reported above), or a parameter
# whose name is not known statically.
configured(server, server_type, type) if {
	some parameter in terraform.resources(type)
	may_belong_to(parameter, server, server_type)
	may_name_audit_log(parameter.config.name)
}

may_belong_to(parameter, server, _) if terraform.points_at(parameter.config.server_name, server, "name")

# A server name not known here that is no reference to a server of the module (a variable) may
# name this one.
may_belong_to(parameter, _, server_type) if {
	values.is_unknown(parameter.config.server_name)
	not terraform.refers_to_type(parameter.config.server_name, server_type)
}

may_name_audit_log(name) if values.lower_text(name) == "audit_log_enabled"

may_name_audit_log(name) if values.is_unknown(name)
