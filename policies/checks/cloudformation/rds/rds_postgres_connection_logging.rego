# METADATA
# title: RDS or Aurora PostgreSQL does not log connections
# description: >-
#   An AWS::RDS::DBInstance with Engine postgres (not a read replica, not an
#   Aurora cluster member) or an AWS::RDS::DBCluster with Engine
#   aurora-postgresql uses a parameter group that does not turn on
#   log_connections and log_disconnections. Both are off in the default groups
#   (no group named, or a default.postgres16 / default.aurora-postgresql16
#   name), so a database left on the default logs login failures and errors but
#   not who connected, from where and for how long, and exporting its
#   postgresql log to CloudWatch does not change that. A group in the template
#   is followed by Ref or by its literal name; Parameters, a group name or an
#   Engine not known statically, a group outside the template, and an Aurora
#   cluster one of whose instances names a DB parameter group that turns the
#   logging on for that instance (or one outside the template) are not judged.
#   Twin of EVD-TF-299.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbparametergroup.html
# custom:
#   id: EVD-CFN-127
#   severity: medium
#   remediation: >-
#     Give the database a custom AWS::RDS::DBParameterGroup (for Aurora, an
#     AWS::RDS::DBClusterParameterGroup) whose Parameters set log_connections:
#     "1" and log_disconnections: "1"; consider pgAudit for statement-level
#     audit, and export the postgresql log to CloudWatch.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record access to systems that contain ePHI, and activity review needs those records.
#     gdpr: Connection logs are part of how the controller demonstrates and verifies the security of processing.
package evident.checks.cloudformation.rds_postgres_connection_logging

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# databases: the PostgreSQL databases judged, each with the property naming its parameter
# group, that group's type and the group's own name property.
databases := [[db, setting] |
	some type, setting in settings
	some db in cfn.resources(type)
	values.lower_text(db.properties.Engine) == setting.engine
	values.absent_or_null(db.properties, "SourceDBInstanceIdentifier")
	values.absent_or_null(db.properties, setting.not_with)
	not instance_group_of_cluster(db)
]

settings := {
	"AWS::RDS::DBInstance": {"engine": "postgres", "key": "DBParameterGroupName", "group_type": "AWS::RDS::DBParameterGroup", "not_with": "DBClusterIdentifier"},
	"AWS::RDS::DBCluster": {"engine": "aurora-postgresql", "key": "DBClusterParameterGroupName", "group_type": "AWS::RDS::DBClusterParameterGroup", "not_with": "SourceDBClusterIdentifier"},
}

deny contains f if {
	some [db, setting] in databases
	values.absent_or_null(db.properties, setting.key)
	f := finding.of(db, finding.format("%s names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged", [db.id]))
}

deny contains f if {
	some [db, setting] in databases
	name := db.properties[setting.key]
	aws.default_parameter_group(name)
	f := finding.at(db, ["properties", setting.key], finding.format("%s uses the default parameter group %s, which leaves log_connections and log_disconnections off: connections are not logged", [db.id, name]))
}

deny contains f if {
	some [db, setting] in databases
	some group in cfn.resources(setting.group_type)
	cfn.points_at(db.properties[setting.key], group, setting.key)
	parameters := object.get(group.properties, "Parameters", {})
	values.known_object(parameters)
	missing := [name | some name in aws.postgres_connection_logging; aws.postgres_logging_off(object.get(parameters, name, null))]
	count(missing) > 0
	f := finding.at(db, ["properties", setting.key], finding.format("%s uses parameter group %s, which does not turn on %s: connections are not logged", [db.id, group.id, concat(", ", missing)]))
}

# instance_group_of_cluster(db): an Aurora cluster one of whose instances names a non-default
# DB parameter group that turns connection logging on for that instance, or that is not in the
# template (it may).
instance_group_of_cluster(db) if {
	db.type == "AWS::RDS::DBCluster"
	some instance in cfn.resources("AWS::RDS::DBInstance")
	cfn.points_at(instance.properties.DBClusterIdentifier, db, "DBClusterIdentifier")
	name := instance.properties.DBParameterGroupName
	name != null
	not aws.default_parameter_group(name)
	not logs_nothing(name)
}

# logs_nothing(name): the instance parameter group `name` refers to is in the template, its
# Parameters are known and turn neither connection logging parameter on.
logs_nothing(name) if {
	some group in cfn.resources("AWS::RDS::DBParameterGroup")
	cfn.points_at(name, group, "DBParameterGroupName")
	parameters := object.get(group.properties, "Parameters", {})
	values.known_object(parameters)
	every parameter in aws.postgres_connection_logging {
		aws.postgres_logging_off(object.get(parameters, parameter, null))
	}
}
