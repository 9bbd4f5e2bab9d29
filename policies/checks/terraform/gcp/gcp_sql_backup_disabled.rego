# METADATA
# title: Cloud SQL instance has automated backups turned off
# description: >-
#   A google_sql_database_instance (not a read replica) has no
#   settings.backup_configuration block, or one with enabled = false. Cloud SQL
#   then takes no automated backups: a bad migration, an accidental DELETE or a
#   compromised account destroys data that cannot be restored.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/backup-recovery/backups
# custom:
#   id: EVD-TF-157
#   severity: medium
#   remediation: >-
#     Add settings { backup_configuration { enabled = true
#     point_in_time_recovery_enabled = true } } (binary_log_enabled = true for
#     MySQL) with a retention that fits your recovery objectives.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: The data backup plan requires retrievable exact copies of ePHI.
#     gdpr: The ability to restore personal data in a timely manner after an incident is a measure Art. 32(1)(c) names.
package evident.checks.terraform.gcp_sql_backup_disabled

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some instance in gcp.sql_primaries
	some s, settings in terraform.blocks(instance.config, "settings")
	not terraform.has_block(settings, "backup_configuration")
	f := finding.at(instance, ["config", "settings", s], finding.format("%s has no backup_configuration: automated backups are off", [instance.id]))
}

deny contains f if {
	some instance in gcp.sql_primaries
	some s, settings in terraform.blocks(instance.config, "settings")
	some b, backup in terraform.blocks(settings, "backup_configuration")
	values.is_false_or_absent(backup, "enabled")
	f := finding.at(instance, ["config", "settings", s, "backup_configuration", b], finding.format("%s does not enable backup_configuration: automated backups are off", [instance.id]))
}
