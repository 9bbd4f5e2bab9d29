package evident.checks.cloudformation.rds_postgres_connection_logging_test

import data.evident.checks.cloudformation.rds_postgres_connection_logging as check

resource(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

test_default_groups_are_reported if {
	check.deny == {
		{"resource": "Records", "msg": "Records names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
		{"resource": "Named", "path": ["properties", "DBParameterGroupName"], "msg": "Named uses the default parameter group default.postgres16, which leaves log_connections and log_disconnections off: connections are not logged"},
		{"resource": "Claims", "msg": "Claims names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
	} with input as {"resources": [
		resource("Records", "AWS::RDS::DBInstance", {"Engine": "postgres"}),
		resource("Named", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": "default.postgres16"}),
		resource("Claims", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"}),
		resource("ClaimsWriter", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": ref("Claims")}),
	]}
}

test_groups_without_logging_are_reported if {
	check.deny == {
		{"resource": "Records", "path": ["properties", "DBParameterGroupName"], "msg": "Records uses parameter group RecordsParams, which does not turn on log_connections, log_disconnections: connections are not logged"},
		{"resource": "ByName", "path": ["properties", "DBParameterGroupName"], "msg": "ByName uses parameter group HalfParams, which does not turn on log_disconnections: connections are not logged"},
		{"resource": "Claims", "path": ["properties", "DBClusterParameterGroupName"], "msg": "Claims uses parameter group ClaimsParams, which does not turn on log_connections: connections are not logged"},
		{"resource": "Tuned", "msg": "Tuned names no parameter group: the default group leaves log_connections and log_disconnections off, so connections are not logged"},
	} with input as {"resources": [
		resource("Tuning", "AWS::RDS::DBParameterGroup", {"Family": "aurora-postgresql16", "Parameters": {"shared_preload_libraries": "pg_stat_statements"}}),
		resource("Tuned", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"}),
		resource("TunedWriter", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": ref("Tuned"), "DBParameterGroupName": ref("Tuning")}),
		resource("RecordsParams", "AWS::RDS::DBParameterGroup", {"Family": "postgres16", "Parameters": {"rds.force_ssl": 1, "log_connections": 0}}),
		resource("Records", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": ref("RecordsParams")}),
		resource("HalfParams", "AWS::RDS::DBParameterGroup", {"DBParameterGroupName": "half-logged", "Family": "postgres16", "Parameters": {"log_connections": "1"}}),
		resource("ByName", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": "half-logged"}),
		resource("ClaimsParams", "AWS::RDS::DBClusterParameterGroup", {"Family": "aurora-postgresql16", "Parameters": {"log_connections": "off", "log_disconnections": "on"}}),
		resource("Claims", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "DBClusterParameterGroupName": ref("ClaimsParams")}),
	]}
}

test_logging_or_undecidable_databases_pass if {
	count(check.deny) == 0 with input as {"resources": [
		resource("Logged", "AWS::RDS::DBParameterGroup", {"Family": "postgres16", "Parameters": {"log_connections": 1, "log_disconnections": "1"}}),
		resource("LoggedDb", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": ref("Logged")}),
		resource("FromParameter", "AWS::RDS::DBParameterGroup", {"Family": "postgres16", "Parameters": {"log_connections": ref("LogConnections"), "log_disconnections": ref("LogConnections")}}),
		resource("FromParameterDb", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": ref("FromParameter")}),
		resource("UnknownParams", "AWS::RDS::DBParameterGroup", {"Family": "postgres16", "Parameters": ref("ParamMap")}),
		resource("UnknownParamsDb", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": ref("UnknownParams")}),
		resource("Outside", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": ref("SharedGroupName")}),
		resource("OtherStack", "AWS::RDS::DBInstance", {"Engine": "postgres", "DBParameterGroupName": "shared-postgres-audit"}),
		resource("Replica", "AWS::RDS::DBInstance", {"Engine": "postgres", "SourceDBInstanceIdentifier": ref("LoggedDb")}),
		resource("Mysql", "AWS::RDS::DBInstance", {"Engine": "mysql"}),
		resource("UnknownEngine", "AWS::RDS::DBInstance", {"Engine": ref("Engine")}),
		resource("AuroraMysql", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql"}),
		resource("PerInstance", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "DBClusterIdentifier": "per-instance"}),
		resource("PerInstanceWriter", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": "per-instance", "DBParameterGroupName": "audited-instances"}),
		resource("InstanceLogging", "AWS::RDS::DBParameterGroup", {"Family": "aurora-postgresql16", "Parameters": {"log_connections": "1"}}),
		resource("LoggedInstances", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"}),
		resource("LoggedInstancesWriter", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": ref("LoggedInstances"), "DBParameterGroupName": ref("InstanceLogging")}),
	]}
}
