package evident.checks.cloudformation.rds_ssl_not_enforced_test

import data.evident.checks.cloudformation.rds_ssl_not_enforced as check

group(id, family, params) := res("AWS::RDS::DBParameterGroup", id, {"Family": family, "Description": id, "Parameters": params})

cluster_group(id, family, params) := res("AWS::RDS::DBClusterParameterGroup", id, {"Family": family, "Description": id, "Parameters": params})

res(type, id, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown := {"__unknown__": "Ref P", "refs": ["P"]}

test_missing_and_off if {
	check.deny == {
		{"resource": "Pg14", "msg": "Pg14 (postgres14) does not set rds.force_ssl to enforce TLS"},
		{"resource": "Pg13", "msg": "Pg13 (postgres13) does not set rds.force_ssl to enforce TLS"},
		{"resource": "Pg16", "path": ["properties", "Parameters", "rds.force_ssl"], "msg": "Pg16 sets rds.force_ssl to 0, which does not enforce TLS"},
		{"resource": "AuroraPg", "path": ["properties", "Parameters", "rds.force_ssl"], "msg": "AuroraPg sets rds.force_ssl to 0, which does not enforce TLS"},
		{"resource": "My", "msg": "My (aurora-mysql8.0) does not set require_secure_transport to enforce TLS"},
		{"resource": "Maria", "path": ["properties", "Parameters", "require_secure_transport"], "msg": "Maria sets require_secure_transport to off, which does not enforce TLS"},
		{"resource": "My84", "path": ["properties", "Parameters", "require_secure_transport"], "msg": "My84 sets require_secure_transport to 0, which does not enforce TLS"},
	} with input as {"resources": [
		group("Pg14", "postgres14", {"log_connections": "1"}),
		res("AWS::RDS::DBParameterGroup", "Pg13", {"Family": "postgres13", "Description": "no parameters"}),
		group("Pg16", "postgres16", {"rds.force_ssl": 0}),
		cluster_group("AuroraPg", "aurora-postgresql16", {"rds.force_ssl": "0"}),
		cluster_group("My", "aurora-mysql8.0", {"time_zone": "UTC"}),
		group("Maria", "mariadb10.11", {"require_secure_transport": "OFF"}),
		group("My84", "mysql8.4", {"require_secure_transport": "0"}),
	]}
}

# Aurora reads the TLS setting from the cluster parameter group only.
test_aurora_instance_parameter_groups_are_not_judged if {
	count(check.deny) == 0 with input as {"resources": [
		group("Pg", "aurora-postgresql14", {}),
		group("My", "aurora-mysql8.0", {"require_secure_transport": "OFF"}),
	]}
}

test_enforced_defaults_other_engines_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		group("A", "postgres14", {"rds.force_ssl": "1"}),
		group("B", "postgres13", {"rds.force_ssl": 1}),
		group("C", "postgres16", {}),
		cluster_group("D", "aurora-postgresql15", {"log_min_duration_statement": "500"}),
		group("E", "mysql8.0", {"require_secure_transport": "ON"}),
		group("F", "mariadb10.6", {"require_secure_transport": "1"}),
		cluster_group("G", "aurora-mysql8.0", {"require_secure_transport": "on"}),
		group("H", "mysql8.4", {}),
		group("I", "oracle-ee-19", {}),
		group("J", "sqlserver-se-15.0", {"rds.force_ssl": "0"}),
		group("K", unknown, {}),
		group("L", "postgres13", {"rds.force_ssl": unknown}),
		group("M", "postgres13", unknown),
		group("N", "mysql8.0", {"require_secure_transport": true}),
	]}
}
