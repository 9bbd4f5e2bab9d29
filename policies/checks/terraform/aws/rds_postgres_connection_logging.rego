# METADATA
# title: RDS or Aurora PostgreSQL does not log connections
# description: >-
#   An aws_db_instance with engine postgres (not a read replica) or an
#   aws_rds_cluster with engine aurora-postgresql uses a parameter group that
#   does not turn on log_connections and log_disconnections. Both are off in
#   the default groups (no group named, or a default.postgres16 /
#   default.aurora-postgresql16 name), so a database left on the default logs
#   login failures and errors but not who connected, from where and for how
#   long, and exporting its postgresql log to CloudWatch does not change that.
#   Access to the data cannot then be reviewed or reconstructed after an
#   incident. A group in the module is followed by reference or by its literal
#   name; a group written with dynamic blocks, a name from a variable or a group
#   outside the module are not judged, nor is an Aurora cluster one of whose
#   instances names a DB parameter group that turns the logging on for that
#   instance, or one outside the module. Twin of EVD-TF-159 for Cloud SQL.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html
#   - ref: https://www.postgresql.org/docs/current/runtime-config-logging.html
# custom:
#   id: EVD-TF-299
#   severity: medium
#   remediation: >-
#     Give the database a custom parameter group (aws_db_parameter_group, or
#     aws_rds_cluster_parameter_group for Aurora) with parameter { name =
#     "log_connections" value = "1" } and parameter { name =
#     "log_disconnections" value = "1" }; consider pgAudit for statement-level
#     audit, and export the postgresql log to CloudWatch.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that contain ePHI, and activity review needs those records.
#     gdpr: Connection logs are part of how the controller demonstrates and verifies the security of processing.
package evident.checks.terraform.rds_postgres_connection_logging

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# databases: the PostgreSQL databases judged, each with the argument naming its parameter group
# and that group's resource type.
databases := [[db, setting] |
	some type, setting in settings
	some db in terraform.resources(type)
	values.lower_text(db.config.engine) == setting.engine
	values.absent_or_null(db.config, "replicate_source_db")
	not instance_group_of_cluster(db)
]

settings := {
	"aws_db_instance": {"engine": "postgres", "group_argument": "parameter_group_name", "group_type": "aws_db_parameter_group"},
	"aws_rds_cluster": {"engine": "aurora-postgresql", "group_argument": "db_cluster_parameter_group_name", "group_type": "aws_rds_cluster_parameter_group"},
}

deny contains f if {
	some [db, setting] in databases
	values.absent_or_null(db.config, setting.group_argument)
	f := finding.of(db, finding.format("%s names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged", [db.id]))
}

deny contains f if {
	some [db, setting] in databases
	name := db.config[setting.group_argument]
	aws.default_parameter_group(name)
	f := finding.at(db, ["config", setting.group_argument], finding.format("%s uses the default parameter group %s, which leaves log_connections and log_disconnections off: connections are not logged", [db.id, name]))
}

deny contains f if {
	some [db, setting] in databases
	some group in terraform.resources(setting.group_type)
	terraform.points_at(db.config[setting.group_argument], group, "name")
	not terraform.dynamic(group.config, "parameter")
	not unknown_parameter(group)
	missing := [name | some name in aws.postgres_connection_logging; not turned_on(group, name)]
	count(missing) > 0
	f := finding.at(db, ["config", setting.group_argument], finding.format("%s uses parameter group %s, which does not turn on %s: connections are not logged", [db.id, group.id, concat(", ", missing)]))
}

# turned_on(group, name): the group sets the parameter to a value that logs (or to one not
# known statically).
turned_on(group, name) if {
	some p in terraform.blocks(group.config, "parameter")
	p.name == name
	not aws.postgres_logging_off(p.value)
}

unknown_parameter(group) if {
	some p in terraform.blocks(group.config, "parameter")
	values.is_unknown(p.name)
}

# instance_group_of_cluster(db): an Aurora cluster one of whose instances names a non-default
# DB parameter group that turns connection logging on for that instance, or that is not in the
# module (it may).
instance_group_of_cluster(db) if {
	db.type == "aws_rds_cluster"
	some instance in terraform.resources("aws_rds_cluster_instance")
	terraform.points_at(instance.config.cluster_identifier, db, "cluster_identifier")
	name := instance.config.db_parameter_group_name
	name != null
	not aws.default_parameter_group(name)
	not logs_nothing(name)
}

# logs_nothing(name): the instance parameter group `name` refers to is in the module and turns
# neither connection logging parameter on.
logs_nothing(name) if {
	some group in terraform.resources("aws_db_parameter_group")
	terraform.points_at(name, group, "name")
	not terraform.dynamic(group.config, "parameter")
	not unknown_parameter(group)
	every parameter in aws.postgres_connection_logging {
		not turned_on(group, parameter)
	}
}
