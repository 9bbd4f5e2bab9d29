# METADATA
# title: Cloud SQL flag weakens database access control
# description: >-
#   A google_sql_database_instance turns on a database flag that bypasses the
#   server's access controls: on SQL Server, "contained database
#   authentication" (users authenticate inside a database, outside the
#   server's logins and their password policy and auditing) or "cross db
#   ownership chaining" (a database owner reaches objects of other databases
#   through ownership chains, without permissions there) or "external scripts
#   enabled" (R and Python scripts run inside the engine, with the engine's
#   access to every database, and can send what they read anywhere the
#   instance reaches); on MySQL, local_infile
#   (a client reads files of the server, or a compromised server reads the
#   client's, through LOAD DATA LOCAL). All four are off by default; the CIS
#   Google Cloud benchmark asks to keep them off. A flag value the module does
#   not know is not reported.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/sqlserver/flags
#   - ref: https://cloud.google.com/sql/docs/mysql/flags
# custom:
#   id: EVD-TF-246
#   severity: medium
#   remediation: >-
#     Remove the database_flags block (or set the value to "off"); create
#     server-level logins for SQL Server users, grant permissions per database
#     instead of ownership chains, run analytics scripts outside the database
#     engine, and load files through Cloud Storage imports.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Authentication and permissions that bypass the server's controls weaken access control and authentication for the databases that hold ePHI.
#     gdpr: Access paths around the database's own controls undermine the confidentiality of the personal data it holds.
package evident.checks.terraform.gcp_sql_weakening_flags

import data.evident.lib.finding
import data.evident.lib.terraform

# Database engine prefix → flags that must stay off, with what turning them on does.
weakening := {
	"SQLSERVER": {
		"contained database authentication": "users authenticate inside a database, outside the server's logins",
		"cross db ownership chaining": "ownership chains reach other databases without permissions there",
		"external scripts enabled": "R and Python scripts run inside the engine with its access to every database",
	},
	"MYSQL": {"local_infile": "LOAD DATA LOCAL reads files across the connection"},
}

deny contains f if {
	some instance in terraform.resources("google_sql_database_instance")
	version := instance.config.database_version
	is_string(version)
	some engine, flags in weakening
	startswith(version, engine)
	some s, settings in terraform.blocks(instance.config, "settings")
	some i, db_flag in terraform.blocks(settings, "database_flags")
	effect := flags[db_flag.name]
	on(db_flag.value)
	path := array.concat(array.concat(["config"], terraform.block_path(instance.config, "settings", s)), array.concat(terraform.block_path(settings, "database_flags", i), ["value"]))
	f := finding.at(instance, path, finding.format("%s turns on the database flag %s: %s", [instance.id, db_flag.name, effect]))
}

on(value) if value == true

on(value) if {
	is_string(value)
	lower(trim_space(value)) in {"on", "true", "1"}
}
