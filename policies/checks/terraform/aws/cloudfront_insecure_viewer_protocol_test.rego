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

test_custom_certificate_without_minimum_protocol if {
	check.deny == {
		{"resource": "aws_cloudfront_distribution.acm", "path": ["config", "viewer_certificate", 0], "msg": "aws_cloudfront_distribution.acm accepts TLSv1, older than TLS 1.2 (viewer_certificate sets no minimum_protocol_version; the default is TLSv1)"},
		{"resource": "aws_cloudfront_distribution.iam", "path": ["config", "viewer_certificate", 0], "msg": "aws_cloudfront_distribution.iam accepts TLSv1, older than TLS 1.2 (viewer_certificate sets no minimum_protocol_version; the default is TLSv1)"},
	} with input as tf.doc([
		tf.res("aws_cloudfront_distribution", "acm", {"viewer_certificate": [{"acm_certificate_arn": tf.unknown("aws_acm_certificate.c.arn"), "ssl_support_method": "sni-only"}]}),
		tf.res("aws_cloudfront_distribution", "iam", {"viewer_certificate": [{"iam_certificate_id": "ASCAEXAMPLE", "cloudfront_default_certificate": false, "minimum_protocol_version": null}]}),
	])
}

test_default_certificate_and_unknown_minimum_protocol_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudfront_distribution", "default", {"viewer_certificate": [{"cloudfront_default_certificate": true}]}),
		tf.res("aws_cloudfront_distribution", "var", {"viewer_certificate": [{"acm_certificate_arn": tf.unknown("var.cert"), "minimum_protocol_version": tf.unknown("var.tls")}]}),
		tf.res("aws_cloudfront_distribution", "maybe", {"viewer_certificate": [{"acm_certificate_arn": tf.unknown("var.cert"), "cloudfront_default_certificate": tf.unknown("var.default")}]}),
		tf.res("aws_cloudfront_distribution", "tls13", {"viewer_certificate": [{"acm_certificate_arn": tf.unknown("var.cert"), "minimum_protocol_version": "TLSv1.3_2025"}]}),
		tf.res("aws_cloudfront_distribution", "future", {"viewer_certificate": [{"acm_certificate_arn": tf.unknown("var.cert"), "minimum_protocol_version": "TLSv1.3_2030"}]}),
	])
}
