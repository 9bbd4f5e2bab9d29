package evident.checks.terraform.dms_endpoint_tls_disabled_test

import data.evident.checks.terraform.dms_endpoint_tls_disabled as check

endpoint(name, config) := {"id": concat(".", ["aws_dms_endpoint", name]), "type": "aws_dms_endpoint", "mode": "managed", "config": config}

doc(resources) := {"type": "terraform", "resources": resources}

test_ssl_mode_none_and_unset_are_reported if {
	check.deny == {
		{
			"resource": "aws_dms_endpoint.records_source",
			"path": ["config", "ssl_mode"],
			"msg": "aws_dms_endpoint.records_source connects to its postgres source database without TLS (ssl_mode = none)",
		},
		{
			"resource": "aws_dms_endpoint.records_target",
			"msg": "aws_dms_endpoint.records_target connects to its aurora-postgresql target database without TLS (ssl_mode is not set; the default is none)",
		},
	} with input as doc([
		endpoint("records_source", {"endpoint_id": "records-source", "endpoint_type": "source", "engine_name": "postgres", "ssl_mode": "none"}),
		endpoint("records_target", {"endpoint_id": "records-target", "endpoint_type": "target", "engine_name": "aurora-postgresql"}),
	])
}

test_plaintext_redis_and_kafka_are_reported if {
	check.deny == {
		{
			"resource": "aws_dms_endpoint.cache",
			"path": ["config", "redis_settings", 0, "ssl_security_protocol"],
			"msg": "aws_dms_endpoint.cache connects to its redis target without TLS (ssl_security_protocol = plaintext)",
		},
		{
			"resource": "aws_dms_endpoint.events",
			"path": ["config", "kafka_settings", "security_protocol"],
			"msg": "aws_dms_endpoint.events connects to its kafka endpoint without TLS (security_protocol = plaintext)",
		},
	} with input as doc([
		endpoint("cache", {"endpoint_type": "target", "engine_name": "redis", "redis_settings": [{"server_name": "r.example.org", "port": 6379, "ssl_security_protocol": "plaintext"}]}),
		endpoint("events", {"engine_name": "kafka", "kafka_settings": {"broker": "b.example.org:9092", "security_protocol": "plaintext"}}),
	])
}

test_tls_other_engines_and_unknowns_pass if {
	count(check.deny) == 0 with input as doc([
		endpoint("a", {"endpoint_type": "source", "engine_name": "mysql", "ssl_mode": "verify-full"}),
		endpoint("b", {"endpoint_type": "source", "engine_name": "oracle", "ssl_mode": "require"}),
		endpoint("c", {"endpoint_type": "target", "engine_name": "s3"}),
		endpoint("d", {"endpoint_type": "target", "engine_name": "redshift"}),
		endpoint("e", {"endpoint_type": "source", "engine_name": {"__unknown__": "var.engine", "refs": ["var.engine"]}}),
		endpoint("f", {"endpoint_type": "source", "engine_name": "postgres", "ssl_mode": {"__unknown__": "var.ssl_mode", "refs": ["var.ssl_mode"]}}),
		endpoint("g", {"endpoint_type": "target", "engine_name": "redis", "redis_settings": [{"ssl_security_protocol": "ssl-encryption"}]}),
		endpoint("h", {"endpoint_type": "target", "engine_name": "kafka", "kafka_settings": [{"security_protocol": "sasl-ssl"}]}),
	])
}
