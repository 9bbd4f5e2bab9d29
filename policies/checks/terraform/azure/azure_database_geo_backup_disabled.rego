# METADATA
# title: Azure database backups are not geo-redundant
# description: >-
#   An Azure PostgreSQL, MySQL or MariaDB server (single or flexible) does not
#   set geo_redundant_backup_enabled = true (the default is false). Its backups
#   live only in the server's own region: a regional outage or disaster leaves
#   no copy to restore from. Geo-redundant backups go to the region's paired
#   region, which for EU regions stays in the EU. Low severity: local backups
#   still exist. A read replica (create_mode = "Replica", or a create_mode that
#   cannot be resolved) is not reported: Azure takes no backups of replicas, so
#   the setting belongs to the primary.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore#backup-redundancy-options
# custom:
#   id: EVD-TF-111
#   severity: low
#   remediation: >-
#     Set geo_redundant_backup_enabled = true (it can only be chosen when the
#     server is created), and check that the paired region satisfies your
#     data-residency requirements.
#   selector:
#     input: terraform
#     resources: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: The contingency plan requires retrievable exact copies of ePHI and a disaster recovery plan that survives the loss of a site.
#     gdpr: Restoring availability of personal data after a physical incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.azure_database_geo_backup_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in [
		"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server",
		"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server",
	]
	some server in terraform.resources(type)
	values.is_false_or_absent(server.config, "geo_redundant_backup_enabled")
	not may_be_replica(server.config)
	f := located(server)
}

may_be_replica(config) if values.lower_text(config.create_mode) == "replica"

may_be_replica(config) if values.is_unknown(config.create_mode)

located(server) := finding.at(server, ["config", "geo_redundant_backup_enabled"], finding.format("%s sets geo_redundant_backup_enabled = false: backups stay in one region", [server.id])) if {
	server.config.geo_redundant_backup_enabled == false
} else := finding.of(server, finding.format("%s does not set geo_redundant_backup_enabled = true: backups stay in one region", [server.id]))
