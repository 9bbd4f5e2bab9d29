# METADATA
# title: Azure PostgreSQL server turns connection logging off
# description: >-
#   An azurerm_postgresql_configuration (single server) or
#   azurerm_postgresql_flexible_server_configuration sets the server parameter
#   log_connections or log_disconnections to "off" (or "false", "0", "no", in
#   any case). The server log then has no record of who connected, from where,
#   when, or how long their sessions lasted: the access record an
#   investigation of a breach starts from. Only an explicit off is reported.
#   A server without such a configuration resource keeps the service default,
#   which is on for log_connections on single servers but is not reliably
#   documented for flexible servers or for log_disconnections, so absence is
#   not judged; nor are unknown names or values (a variable, a reference).
#   log_checkpoints, which records storage checkpoints rather than access, is
#   not judged.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-logging
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration
# custom:
#   id: EVD-TF-195
#   severity: medium
#   remediation: >-
#     Set the value of the log_connections and log_disconnections
#     configuration resources to "on" (or remove them), and send the server's
#     PostgreSQLLogs to a Log Analytics workspace with an
#     azurerm_monitor_diagnostic_setting.
#   selector:
#     input: terraform
#     resources: [azurerm_postgresql_configuration, azurerm_postgresql_flexible_server_configuration]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that contain ePHI, and information system activity review needs the record of who connected and when.
#     gdpr: A record of connections to a personal-data store is how the controller demonstrates (accountability) and verifies (regular testing) the security of processing.
package evident.checks.terraform.azure_postgresql_connection_logging_off

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

configuration_types := ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"]

consequence := {
	"log_connections": "connections to the server are not logged",
	"log_disconnections": "session ends and durations are not logged",
}

deny contains f if {
	some type in configuration_types
	some parameter in terraform.resources(type)
	is_string(parameter.config.name)
	name := lower(parameter.config.name)
	reason := consequence[name]
	values.off_setting(parameter.config.value)
	f := finding.at(parameter, ["config", "value"], finding.format("%s sets %s = \"%s\": %s", [parameter.id, name, finding.value_text(parameter.config.value), reason]))
}
