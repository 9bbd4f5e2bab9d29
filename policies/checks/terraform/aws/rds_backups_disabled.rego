# METADATA
# title: RDS automated backups are disabled or kept too briefly
# description: >-
#   An aws_db_instance or aws_rds_cluster sets backup_retention_period to 0,
#   which turns off automated backups and point-in-time recovery, or to fewer
#   than 7 days, which leaves little time to notice and recover from corruption
#   or deletion. Leaving it unset is reported too where the default is certain:
#   an aws_db_instance that the provider creates from scratch gets 0 days
#   (backups off; the provider's documented default), an aws_rds_cluster 1 day
#   (the RDS CreateDBCluster default). Not reported when unset: read replicas
#   (replicate_source_db, replication_source_identifier), databases restored
#   from a snapshot, a point in time or S3 (they inherit the source's retention),
#   Aurora instances (engine aurora*, or cluster_identifier: the cluster keeps
#   the backups), members of a global cluster, an instance whose engine is not
#   known, clusters created by the rds-aurora registry module (its own default
#   was 7 days in some versions), and any unresolved value.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: EVD-TF-005
#   severity: medium
#   remediation: >-
#     Set backup_retention_period to at least 7 days (35 for production health
#     data), and cover the instance by an AWS Backup plan with a vault lock.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Retrievable exact copies of ePHI are what the data backup plan requires, and they are the basis of the contingency and emergency access procedures.
#     gdpr: Backups are how availability and access to personal data are restored in a timely manner after an incident.
package evident.checks.terraform.rds_backups_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

minimum_days := 7

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some db in terraform.resources(type)
	days := terraform.number(db.config.backup_retention_period)
	days < minimum_days
	f := finding.at(db, ["config", "backup_retention_period"], message(db, days))
}

message(db, 0) := finding.format("%s disables automated backups (backup_retention_period = 0)", [db.id])

message(db, days) := finding.format("%s keeps automated backups for only %d day(s); at least %d are expected", [db.id, days, minimum_days]) if days > 0

deny contains f if {
	some db in terraform.resources("aws_db_instance")
	values.absent_or_null(db.config, "backup_retention_period")
	created_from_scratch(db, instance_origins)
	engine := db.config.engine
	is_string(engine)
	not startswith(lower(engine), "aurora")
	not given(db.config, "cluster_identifier")
	f := finding.of(db, finding.format("%s does not set backup_retention_period, so the provider creates it with 0 days (automated backups are off)", [db.id]))
}

deny contains f if {
	some db in terraform.resources("aws_rds_cluster")
	not db.created_by
	values.absent_or_null(db.config, "backup_retention_period")
	created_from_scratch(db, cluster_origins)
	not given(db.config, "global_cluster_identifier")
	f := finding.of(db, finding.format("%s does not set backup_retention_period, so automated backups are kept for the default 1 day; at least %d are expected", [db.id, minimum_days]))
}

# The arguments that make the provider replicate or restore a database instead
# of creating it: its retention then comes from the source.
instance_origins := ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time", "s3_import"]

cluster_origins := ["replication_source_identifier", "snapshot_identifier", "restore_to_point_in_time", "s3_import"]

# created_from_scratch(db, origins): none of `origins` is given on the resource
# nor, for a resource a registry module creates, on the module call (a model
# does not copy every argument: restore_to_point_in_time, s3_import and
# blue_green_update, which sets a 1-day floor, stay on the call).
created_from_scratch(db, origins) if {
	every key in origins {
		not given(db.config, key)
	}
	not module_call_sets(db, array.concat(origins, ["blue_green_update"]))
}

module_call_sets(db, keys) if {
	some m in input.modules
	m.id == db.created_by.call
	some key in keys
	given(m.config, key)
}

# given(cfg, key): the argument holds something (a value, a block, an unknown),
# or is a dynamic block.
given(cfg, key) if {
	v := cfg[key]
	v != null
	v != ""
	v != []
	v != {}
}

given(cfg, key) if terraform.dynamic(cfg, key)
