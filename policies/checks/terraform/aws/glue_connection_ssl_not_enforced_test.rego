package evident.checks.terraform.glue_connection_ssl_not_enforced_test

import data.evident.checks.terraform.glue_connection_ssl_not_enforced as check

connection(name, config) := {
	"id": concat(".", ["aws_glue_connection", name]), "mode": "managed", "type": "aws_glue_connection", "name": name,
	"file": "glue.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_connections_without_tls_are_reported if {
	check.deny == {
		{"resource": "aws_glue_connection.default_type", "path": ["config", "connection_properties"], "msg": "aws_glue_connection.default_type does not set JDBC_ENFORCE_SSL = \"true\": Glue reaches the database without requiring TLS"},
		{"resource": "aws_glue_connection.off", "path": ["config", "connection_properties"], "msg": "aws_glue_connection.off does not set JDBC_ENFORCE_SSL = \"true\": Glue reaches the database without requiring TLS"},
	} with input as {"type": "terraform", "resources": [
		connection("default_type", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://records.internal:5432/records", "USERNAME": "etl"}}),
		connection("off", {"connection_type": "JDBC", "connection_properties": {"JDBC_CONNECTION_URL": "jdbc:mysql://billing.internal:3306/billing", "JDBC_ENFORCE_SSL": "false"}}),
	]}
}

test_tls_enforced_or_undecidable_connections_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		connection("enforced", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://records.internal:5432/records", "JDBC_ENFORCE_SSL": "true"}}),
		connection("url", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://records.internal:5432/records?sslmode=verify-full"}}),
		connection("variable", {"connection_properties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y", "JDBC_ENFORCE_SSL": {"__unknown__": "var.enforce", "refs": ["var.enforce"]}}}),
		connection("unknown_props", {"connection_properties": {"__unknown__": "merge(local.base, var.extra)", "refs": ["local.base", "var.extra"]}}),
		connection("kafka", {"connection_type": "KAFKA", "connection_properties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.msk:9094"}}),
		connection("network", {"connection_type": "NETWORK"}),
	]}
}
