package evident.checks.terraform.cloudfront_insecure_viewer_protocol_test

import data.evident.checks.terraform.cloudfront_insecure_viewer_protocol as check
import data.evident.lib.tf_fixtures_test as tf

test_allow_all_and_old_tls if {
	check.deny == {
		{"resource": "aws_cloudfront_distribution.cdn", "path": ["config", "ordered_cache_behavior", 1, "viewer_protocol_policy"], "msg": "aws_cloudfront_distribution.cdn lets viewers use plain HTTP (ordered_cache_behavior viewer_protocol_policy = allow-all)"},
		{"resource": "aws_cloudfront_distribution.cdn", "path": ["config", "viewer_certificate", 0, "minimum_protocol_version"], "msg": "aws_cloudfront_distribution.cdn accepts TLSv1, older than TLS 1.2"},
	} with input as tf.doc([tf.res("aws_cloudfront_distribution", "cdn", {
		"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}],
		"ordered_cache_behavior": [{"viewer_protocol_policy": "https-only"}, {"viewer_protocol_policy": "allow-all"}],
		"viewer_certificate": [{"minimum_protocol_version": "TLSv1"}],
	})])
}

test_https_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudfront_distribution", "cdn", {
		"default_cache_behavior": [{"viewer_protocol_policy": tf.unknown("var.p")}],
		"viewer_certificate": [{"minimum_protocol_version": "TLSv1.2_2021"}],
	})])
}
