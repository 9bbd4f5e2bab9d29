package evident.checks.terraform.rds_postgres_connection_logging_test

import data.evident.checks.terraform.rds_postgres_connection_logging as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "db.tf", "startLine": 1, "endLine": 9, "config": config,
}

ref(address) := {"__unknown__": address, "refs": [address]}

param(name, value) := {"name": name, "value": value}

test_default_groups_are_reported if {
	check.deny == {
		{"resource": "aws_db_instance.none", "msg": "aws_db_instance.none names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
		{"resource": "aws_db_instance.named", "path": ["config", "parameter_group_name"], "msg": "aws_db_instance.named uses the default parameter group default.postgres16, which leaves log_connections and log_disconnections off: connections are not logged"},
		{"resource": "aws_rds_cluster.aurora", "msg": "aws_rds_cluster.aurora names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
	} with input as {"type": "terraform", "resources": [
		resource("aws_db_instance", "none", {"engine": "postgres"}),
		resource("aws_db_instance", "named", {"engine": "Postgres", "parameter_group_name": "default.postgres16"}),
		resource("aws_rds_cluster", "aurora", {"engine": "aurora-postgresql"}),
		resource("aws_rds_cluster_instance", "aurora_1", {"cluster_identifier": ref("aws_rds_cluster.aurora.id"), "db_parameter_group_name": "default.aurora-postgresql16"}),
	]}
}

test_groups_without_logging_are_reported if {
	check.deny == {
		{"resource": "aws_db_instance.records", "path": ["config", "parameter_group_name"], "msg": "aws_db_instance.records uses parameter group aws_db_parameter_group.records, which does not turn on log_connections, log_disconnections: connections are not logged"},
		{"resource": "aws_db_instance.by_name", "path": ["config", "parameter_group_name"], "msg": "aws_db_instance.by_name uses parameter group aws_db_parameter_group.half, which does not turn on log_disconnections: connections are not logged"},
		{"resource": "aws_rds_cluster.claims", "path": ["config", "db_cluster_parameter_group_name"], "msg": "aws_rds_cluster.claims uses parameter group aws_rds_cluster_parameter_group.claims, which does not turn on log_connections: connections are not logged"},
		{"resource": "aws_rds_cluster.tuned", "msg": "aws_rds_cluster.tuned names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
	} with input as {"type": "terraform", "resources": [
		resource("aws_db_parameter_group", "tuning", {"name": "tuning", "family": "aurora-postgresql16", "parameter": [param("shared_preload_libraries", "pg_stat_statements")]}),
		resource("aws_rds_cluster", "tuned", {"engine": "aurora-postgresql"}),
		resource("aws_rds_cluster_instance", "tuned_1", {"cluster_identifier": ref("aws_rds_cluster.tuned.id"), "db_parameter_group_name": ref("aws_db_parameter_group.tuning.name")}),
		resource("aws_db_parameter_group", "records", {"name": "records", "family": "postgres16", "parameter": [param("rds.force_ssl", "1"), param("log_connections", "0")]}),
		resource("aws_db_instance", "records", {"engine": "postgres", "parameter_group_name": ref("aws_db_parameter_group.records.name")}),
		resource("aws_db_parameter_group", "half", {"name": "half-logged", "family": "postgres16", "parameter": [param("log_connections", "1")]}),
		resource("aws_db_instance", "by_name", {"engine": "postgres", "parameter_group_name": "half-logged"}),
		resource("aws_rds_cluster_parameter_group", "claims", {"name": "claims", "family": "aurora-postgresql16", "parameter": [param("log_connections", ""), param("log_disconnections", "on")]}),
		resource("aws_rds_cluster", "claims", {"engine": "aurora-postgresql", "db_cluster_parameter_group_name": ref("aws_rds_cluster_parameter_group.claims.name")}),
	]}
}

test_logging_or_undecidable_databases_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("aws_db_parameter_group", "logged", {"name": "logged", "family": "postgres16", "parameter": [param("log_connections", "1"), param("log_disconnections", "1")]}),
		resource("aws_db_instance", "logged", {"engine": "postgres", "parameter_group_name": ref("aws_db_parameter_group.logged.name")}),
		resource("aws_db_parameter_group", "pg18", {"name": "pg18", "family": "postgres18", "parameter": [param("log_connections", "all"), param("log_disconnections", "on")]}),
		resource("aws_db_instance", "pg18", {"engine": "postgres", "parameter_group_name": "pg18"}),
		resource("aws_db_parameter_group", "variable", {"name": "variable", "family": "postgres16", "parameter": [param("log_connections", ref("var.log")), param("log_disconnections", ref("var.log"))]}),
		resource("aws_db_instance", "variable_values", {"engine": "postgres", "parameter_group_name": ref("aws_db_parameter_group.variable.name")}),
		resource("aws_db_parameter_group", "dyn", {"name": "dyn", "family": "postgres16", "dynamic": {"parameter": [{"for_each": ref("var.params")}]}}),
		resource("aws_db_instance", "dynamic", {"engine": "postgres", "parameter_group_name": ref("aws_db_parameter_group.dyn.name")}),
		resource("aws_db_parameter_group", "unknown_name", {"name": "unknown-name", "family": "postgres16", "parameter": [param(ref("var.name"), "1")]}),
		resource("aws_db_instance", "unknown_parameter", {"engine": "postgres", "parameter_group_name": "unknown-name"}),
		resource("aws_db_instance", "outside", {"engine": "postgres", "parameter_group_name": ref("var.parameter_group")}),
		resource("aws_db_instance", "other_module", {"engine": "postgres", "parameter_group_name": "shared-postgres-audit"}),
		resource("aws_db_instance", "replica", {"engine": "postgres", "replicate_source_db": ref("aws_db_instance.logged.identifier")}),
		resource("aws_db_instance", "mysql", {"engine": "mysql"}),
		resource("aws_db_instance", "unknown_engine", {"engine": ref("var.engine")}),
		resource("aws_rds_cluster", "mysql", {"engine": "aurora-mysql"}),
		resource("aws_rds_cluster", "per_instance", {"engine": "aurora-postgresql", "cluster_identifier": "per-instance"}),
		resource("aws_rds_cluster_instance", "per_instance_1", {"cluster_identifier": "per-instance", "db_parameter_group_name": "audited-instances"}),
		resource("aws_db_parameter_group", "instance_logging", {"name": "instance-logging", "family": "aurora-postgresql16", "parameter": [param("log_connections", "1")]}),
		resource("aws_rds_cluster", "logged_instances", {"engine": "aurora-postgresql"}),
		resource("aws_rds_cluster_instance", "logged_instances_1", {"cluster_identifier": ref("aws_rds_cluster.logged_instances.id"), "db_parameter_group_name": ref("aws_db_parameter_group.instance_logging.name")}),
	]}
}
