package evident.checks.terraform.cloudfront_origin_insecure_test

import data.evident.checks.terraform.cloudfront_origin_insecure as check

distribution(origins) := {"type": "terraform", "resources": [{
	"id": "aws_cloudfront_distribution.portal",
	"type": "aws_cloudfront_distribution",
	"mode": "managed",
	"config": {"origin": origins},
}]}

origin(id, config) := {"origin_id": id, "domain_name": "api.example.org", "custom_origin_config": [config]}

test_plain_http_to_the_origin_is_reported if {
	check.deny == {{
		"resource": "aws_cloudfront_distribution.portal",
		"path": ["config", "origin", 0, "custom_origin_config", 0, "origin_protocol_policy"],
		"msg": "aws_cloudfront_distribution.portal fetches from origin records-api over plain HTTP (origin_protocol_policy = http-only)",
	}} with input as distribution([origin("records-api", {"origin_protocol_policy": "http-only", "origin_ssl_protocols": ["TLSv1.2"], "http_port": 80, "https_port": 443})])
}

test_protocols_older_than_tls_1_2_are_reported_sorted if {
	check.deny == {{
		"resource": "aws_cloudfront_distribution.portal",
		"path": ["config", "origin", 1, "custom_origin_config", 0, "origin_ssl_protocols"],
		"msg": "aws_cloudfront_distribution.portal accepts TLSv1, TLSv1.1, older than TLS 1.2, from origin records-api (origin_ssl_protocols)",
	}} with input as distribution([
		origin("static", {"origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}),
		origin("records-api", {"origin_protocol_policy": "match-viewer", "origin_ssl_protocols": ["TLSv1.2", "TLSv1.1", "TLSv1"]}),
	])
}

test_an_origin_without_an_id_is_named_by_its_index if {
	check.deny == {{
		"resource": "aws_cloudfront_distribution.portal",
		"path": ["config", "origin", "custom_origin_config", "origin_ssl_protocols"],
		"msg": "aws_cloudfront_distribution.portal accepts SSLv3, older than TLS 1.2, from origin #0 (origin_ssl_protocols)",
	}} with input as {"type": "terraform", "resources": [{
		"id": "aws_cloudfront_distribution.portal", "type": "aws_cloudfront_distribution", "mode": "managed",
		"config": {"origin": {"domain_name": "x.example.org", "custom_origin_config": {"origin_protocol_policy": "https-only", "origin_ssl_protocols": ["SSLv3", "TLSv1.2"]}}},
	}]}
}

test_https_match_viewer_s3_origins_and_unknowns_pass if {
	count(check.deny) == 0 with input as distribution([
		origin("a", {"origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}),
		origin("b", {"origin_protocol_policy": "match-viewer", "origin_ssl_protocols": ["TLSv1.2"]}),
		origin("c", {"origin_protocol_policy": {"__unknown__": "var.policy", "refs": ["var.policy"]}, "origin_ssl_protocols": {"__unknown__": "var.protocols", "refs": ["var.protocols"]}}),
		{"origin_id": "d", "domain_name": "b.s3.amazonaws.com", "s3_origin_config": [{"origin_access_identity": "x"}]},
	])
}
