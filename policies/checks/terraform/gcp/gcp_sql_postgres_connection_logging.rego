# METADATA
# title: Cloud SQL for PostgreSQL does not log connections
# description: >-
#   A PostgreSQL google_sql_database_instance (not a read replica) does not set
#   the database flags log_connections = on and log_disconnections = on (both
#   are off by default). Who connected to the database, from where and for how
#   long is then not recorded, so access to the data cannot be reviewed or
#   reconstructed after an incident. Follows the CIS Google Cloud benchmark.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/flags
#   - ref: https://www.postgresql.org/docs/current/runtime-config-logging.html
# custom:
#   id: EVD-TF-159
#   severity: medium
#   remediation: >-
#     Add settings { database_flags { name = "log_connections" value = "on" }
#     database_flags { name = "log_disconnections" value = "on" } }; consider
#     pgAudit (cloudsql.enable_pgaudit) for statement-level audit.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that contain ePHI, and activity review needs those records.
#     gdpr: Connection logs are part of how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.gcp_sql_postgres_connection_logging

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

required_flags := ["log_connections", "log_disconnections"]

deny contains f if {
	some instance in gcp.sql_primaries
	is_string(instance.config.database_version)
	startswith(instance.config.database_version, "POSTGRES")
	some s, settings in terraform.blocks(instance.config, "settings")
	not settings.dynamic.database_flags
	missing := [flag | some flag in required_flags; not turned_on(settings, flag)]
	count(missing) > 0
	f := finding.at(instance, ["config", "settings", s], finding.format("%s does not turn on the database flags %s: connections are not logged", [instance.id, concat(", ", missing)]))
}

# turned_on(settings, flag): the flag is set to on (or to a value we cannot read).
turned_on(settings, flag) if {
	some db_flag in terraform.blocks(settings, "database_flags")
	db_flag.name == flag
	not values.off_setting(db_flag.value)
}
