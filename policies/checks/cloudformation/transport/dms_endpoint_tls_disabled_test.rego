package evident.checks.cloudformation.dms_endpoint_tls_disabled_test

import data.evident.checks.cloudformation.dms_endpoint_tls_disabled as check

endpoint(id, properties) := {"id": id, "type": "AWS::DMS::Endpoint", "properties": properties}

doc(resources) := {"type": "cloudformation", "resources": resources}

test_ssl_mode_none_and_unset_are_reported if {
	check.deny == {
		{"resource": "ClaimsSource", "path": ["properties", "SslMode"], "msg": "ClaimsSource connects to its sqlserver source database without TLS (SslMode none)"},
		{"resource": "ClaimsTarget", "msg": "ClaimsTarget connects to its aurora-postgresql target database without TLS (SslMode is not set; the default is none)"},
	} with input as doc([
		endpoint("ClaimsSource", {"EndpointType": "source", "EngineName": "sqlserver", "SslMode": "none"}),
		endpoint("ClaimsTarget", {"EndpointType": "target", "EngineName": "aurora-postgresql"}),
	])
}

test_plaintext_redis_and_kafka_are_reported if {
	check.deny == {
		{"resource": "Cache", "path": ["properties", "RedisSettings", "SslSecurityProtocol"], "msg": "Cache connects to its redis target without TLS (SslSecurityProtocol plaintext)"},
		{"resource": "Events", "path": ["properties", "KafkaSettings", "SecurityProtocol"], "msg": "Events connects to its kafka target without TLS (SecurityProtocol plaintext)"},
	} with input as doc([
		endpoint("Cache", {"EndpointType": "target", "EngineName": "redis", "RedisSettings": {"ServerName": "r.example.org", "SslSecurityProtocol": "plaintext"}}),
		endpoint("Events", {"EndpointType": "target", "EngineName": "kafka", "KafkaSettings": {"Broker": "b.example.org:9092", "SecurityProtocol": "plaintext"}}),
	])
}

test_tls_other_engines_and_unknowns_pass if {
	count(check.deny) == 0 with input as doc([
		endpoint("A", {"EndpointType": "source", "EngineName": "mysql", "SslMode": "verify-full"}),
		endpoint("B", {"EndpointType": "target", "EngineName": "s3"}),
		endpoint("C", {"EndpointType": "source", "EngineName": {"__unknown__": "Ref Engine", "refs": ["Engine"]}}),
		endpoint("D", {"EndpointType": "source", "EngineName": "postgres", "SslMode": {"__unknown__": "Ref SslMode", "refs": ["SslMode"]}}),
		endpoint("E", {"EndpointType": "target", "EngineName": "redis", "RedisSettings": {"SslSecurityProtocol": "ssl-encryption"}}),
	])
}
