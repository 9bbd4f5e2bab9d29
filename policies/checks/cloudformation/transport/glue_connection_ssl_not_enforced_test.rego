package evident.checks.cloudformation.glue_connection_ssl_not_enforced_test

import data.evident.checks.cloudformation.glue_connection_ssl_not_enforced as check

connection(id, connection_input) := {"id": id, "type": "AWS::Glue::Connection", "properties": {"CatalogId": "123456789012", "ConnectionInput": connection_input}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_connections_without_tls_are_reported if {
	check.deny == {
		{"resource": "Records", "path": ["properties", "ConnectionInput", "ConnectionProperties"], "msg": "Records does not set JDBC_ENFORCE_SSL to \"true\": Glue reaches the database without requiring TLS"},
		{"resource": "Billing", "path": ["properties", "ConnectionInput", "ConnectionProperties"], "msg": "Billing does not set JDBC_ENFORCE_SSL to \"true\": Glue reaches the database without requiring TLS"},
	} with input as {"resources": [
		connection("Records", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://records.internal:5432/records"}}),
		connection("Billing", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://billing.internal:3306/billing", "JDBC_ENFORCE_SSL": false}}),
	]}
}

test_tls_enforced_or_undecidable_connections_pass if {
	count(check.deny) == 0 with input as {"resources": [
		connection("Enforced", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y", "JDBC_ENFORCE_SSL": "true"}}),
		connection("Boolean", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y", "JDBC_ENFORCE_SSL": true}}),
		connection("Url", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y?sslmode=require"}}),
		connection("FromParameter", {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y", "JDBC_ENFORCE_SSL": {"__unknown__": "Ref EnforceSsl", "refs": ["EnforceSsl"]}}}),
		connection("UnknownProps", {"ConnectionType": "JDBC", "ConnectionProperties": {"__unknown__": "Ref Props", "refs": ["Props"]}}),
		connection("Kafka", {"ConnectionType": "KAFKA", "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1:9094"}}),
		connection("UnknownType", {"ConnectionType": {"__unknown__": "Ref Type", "refs": ["Type"]}, "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://x/y"}}),
	]}
}
