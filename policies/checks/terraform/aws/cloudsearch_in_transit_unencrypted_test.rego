package evident.checks.terraform.cloudsearch_in_transit_unencrypted_test

import data.evident.checks.terraform.cloudsearch_in_transit_unencrypted as check

domain(name, config) := {"id": concat(".", ["aws_cloudsearch_domain", name]), "type": "aws_cloudsearch_domain", "mode": "managed", "config": config}

test_defaults_and_weak_settings_are_reported if {
	check.deny == {
		{"resource": "aws_cloudsearch_domain.bare", "msg": "aws_cloudsearch_domain.bare accepts plain HTTP and TLS 1.0 (no endpoint_options block: enforce_https and tls_security_policy keep AWS's defaults)"},
		{"resource": "aws_cloudsearch_domain.http", "path": ["config", "endpoint_options", 0, "enforce_https"], "msg": "aws_cloudsearch_domain.http does not enforce HTTPS (enforce_https = false)"},
		{"resource": "aws_cloudsearch_domain.tls10", "path": ["config", "endpoint_options", 0, "tls_security_policy"], "msg": "aws_cloudsearch_domain.tls10 accepts TLS 1.0 (tls_security_policy = \"Policy-Min-TLS-1-0-2019-07\")"},
		{"resource": "aws_cloudsearch_domain.tls_unset", "path": ["config", "endpoint_options", 0], "msg": "aws_cloudsearch_domain.tls_unset accepts TLS 1.0 (tls_security_policy is not set: AWS defaults to Policy-Min-TLS-1-0-2019-07)"},
		{"resource": "aws_cloudsearch_domain.https_unset", "path": ["config", "endpoint_options", 0], "msg": "aws_cloudsearch_domain.https_unset does not enforce HTTPS (enforce_https is not set: AWS accepts plain HTTP)"},
	} with input as {"type": "terraform", "resources": [
		domain("bare", {"name": "bare"}),
		domain("http", {"name": "http", "endpoint_options": [{"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}),
		domain("tls10", {"name": "tls10", "endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]}),
		domain("tls_unset", {"name": "tls-unset", "endpoint_options": [{"enforce_https": true}]}),
		domain("https_unset", {"name": "https-unset", "endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}),
		domain("good", {"name": "good", "endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}),
	]}
}

test_unknown_values_dynamic_blocks_and_object_blocks if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		domain("variables", {"name": "v", "endpoint_options": [{"enforce_https": {"__unknown__": "var.https", "refs": ["var.https"]}, "tls_security_policy": {"__unknown__": "var.tls", "refs": ["var.tls"]}}]}),
		domain("dynamic", {"name": "d", "dynamic": {"endpoint_options": [{"for_each": ["x"], "content": [{"enforce_https": false}]}]}}),
		domain("object", {"name": "o", "endpoint_options": {"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}}),
	]}
}
