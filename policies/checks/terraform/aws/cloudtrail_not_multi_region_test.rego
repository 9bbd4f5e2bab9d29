package evident.checks.terraform.cloudtrail_not_multi_region_test

import data.evident.checks.terraform.cloudtrail_not_multi_region as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_and_false if {
	check.deny == {
		{"resource": "aws_cloudtrail.a", "msg": "aws_cloudtrail.a does not set is_multi_region_trail = true (other regions are not recorded)"},
		{"resource": "aws_cloudtrail.b", "path": ["config", "is_multi_region_trail"], "msg": "aws_cloudtrail.b sets is_multi_region_trail = false (other regions are not recorded)"},
	} with input as tf.doc([tf.res("aws_cloudtrail", "a", {}), tf.res("aws_cloudtrail", "b", {"is_multi_region_trail": false})])
}

test_true_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_cloudtrail", "a", {"is_multi_region_trail": true}), tf.res("aws_cloudtrail", "b", {"is_multi_region_trail": tf.unknown("var.m")})])
}

# A stopped trail is reported once, at enable_logging, whether it is multi-region or not.
test_stopped_trail_is_reported_at_enable_logging if {
	check.deny == {
		{"resource": "aws_cloudtrail.multi", "path": ["config", "enable_logging"], "msg": "aws_cloudtrail.multi sets enable_logging = false (the trail is stopped and records nothing)"},
		{"resource": "aws_cloudtrail.single", "path": ["config", "enable_logging"], "msg": "aws_cloudtrail.single sets enable_logging = false (the trail is stopped and records nothing)"},
	} with input as tf.doc([
		tf.res("aws_cloudtrail", "multi", {"is_multi_region_trail": true, "enable_logging": false}),
		tf.res("aws_cloudtrail", "single", {"enable_logging": false}),
	])
}

# enable_logging true, null (the provider default, true) or unknown: only the region coverage is judged.
test_logging_true_null_or_unknown_is_not_a_stop if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_cloudtrail", "a", {"is_multi_region_trail": true, "enable_logging": true}),
		tf.res("aws_cloudtrail", "b", {"is_multi_region_trail": true, "enable_logging": null}),
		tf.res("aws_cloudtrail", "c", {"is_multi_region_trail": true, "enable_logging": tf.unknown("var.logging")}),
	])
	check.deny == {{"resource": "aws_cloudtrail.d", "msg": "aws_cloudtrail.d does not set is_multi_region_trail = true (other regions are not recorded)"}} with input as tf.doc([tf.res("aws_cloudtrail", "d", {"enable_logging": tf.unknown("var.logging")})])
}
