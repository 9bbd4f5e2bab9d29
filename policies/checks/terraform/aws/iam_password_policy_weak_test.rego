package evident.checks.terraform.iam_password_policy_weak_test

import data.evident.checks.terraform.iam_password_policy_weak as check
import data.evident.lib.tf_fixtures_test as tf

policy(config) := tf.res("aws_iam_account_password_policy", "strict", config)

test_short_length_and_small_reuse_history_are_reported if {
	check.deny == {
		{
			"resource": "aws_iam_account_password_policy.strict",
			"path": ["config", "minimum_password_length"],
			"msg": "aws_iam_account_password_policy.strict sets minimum_password_length to 8; at least 14 characters are expected",
		},
		{
			"resource": "aws_iam_account_password_policy.strict",
			"path": ["config", "password_reuse_prevention"],
			"msg": "aws_iam_account_password_policy.strict sets password_reuse_prevention to 5; at least the last 24 passwords should be blocked from reuse",
		},
	} with input as tf.doc([policy({"minimum_password_length": 8, "password_reuse_prevention": 5})])
}

test_unset_settings_are_reported_at_the_resource if {
	check.deny == {
		{
			"resource": "aws_iam_account_password_policy.strict",
			"msg": "aws_iam_account_password_policy.strict does not set minimum_password_length, so the provider's default of 6 characters applies; at least 14 are expected",
		},
		{
			"resource": "aws_iam_account_password_policy.strict",
			"msg": "aws_iam_account_password_policy.strict does not set password_reuse_prevention, so AWS's default of 0 applies and users may reuse any previous password; at least the last 24 should be blocked",
		},
	} with input as tf.doc([policy({"require_symbols": true})])

	# null is not set, as in Terraform
	check.deny == {
		{
			"resource": "aws_iam_account_password_policy.strict",
			"msg": "aws_iam_account_password_policy.strict does not set minimum_password_length, so the provider's default of 6 characters applies; at least 14 are expected",
		},
		{
			"resource": "aws_iam_account_password_policy.strict",
			"msg": "aws_iam_account_password_policy.strict does not set password_reuse_prevention, so AWS's default of 0 applies and users may reuse any previous password; at least the last 24 should be blocked",
		},
	} with input as tf.doc([policy({"minimum_password_length": null, "password_reuse_prevention": null})])
}

test_zero_values_take_the_defaults if {
	check.deny == {
		{
			"resource": "aws_iam_account_password_policy.strict",
			"path": ["config", "minimum_password_length"],
			"msg": "aws_iam_account_password_policy.strict sets minimum_password_length to 0, which the provider does not send, so the default of 6 characters applies; at least 14 are expected",
		},
		{
			"resource": "aws_iam_account_password_policy.strict",
			"path": ["config", "password_reuse_prevention"],
			"msg": "aws_iam_account_password_policy.strict sets password_reuse_prevention to 0, so users may reuse any previous password; at least the last 24 should be blocked",
		},
	} with input as tf.doc([policy({"minimum_password_length": 0, "password_reuse_prevention": 0})])
}

test_numbers_written_as_strings if {
	check.deny == {{
		"resource": "aws_iam_account_password_policy.strict",
		"path": ["config", "minimum_password_length"],
		"msg": "aws_iam_account_password_policy.strict sets minimum_password_length to 12; at least 14 characters are expected",
	}} with input as tf.doc([policy({"minimum_password_length": "12", "password_reuse_prevention": " 24 "})])
}

test_baseline_and_longer_pass if {
	count(check.deny) == 0 with input as tf.doc([
		policy({"minimum_password_length": 14, "password_reuse_prevention": 24}),
		tf.res("aws_iam_account_password_policy", "long", {"minimum_password_length": 64, "password_reuse_prevention": 24, "allow_users_to_change_password": true}),
	])
}

# NIST SP 800-63B: no composition rules, no periodic expiry; an administrator-only reset is not a weakness of the passwords
test_composition_rules_and_expiry_are_not_reported if {
	count(check.deny) == 0 with input as tf.doc([policy({
		"minimum_password_length": 16,
		"password_reuse_prevention": 24,
		"require_lowercase_characters": false,
		"require_uppercase_characters": false,
		"require_numbers": false,
		"require_symbols": false,
		"hard_expiry": false,
		"allow_users_to_change_password": false,
	})])
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as tf.doc([policy({
		"minimum_password_length": tf.unknown("var.min_length"),
		"password_reuse_prevention": tf.unknown("var.reuse"),
	})])

	# an unknown setting stays silent while the other is judged
	check.deny == {{
		"resource": "aws_iam_account_password_policy.strict",
		"path": ["config", "password_reuse_prevention"],
		"msg": "aws_iam_account_password_policy.strict sets password_reuse_prevention to 10; at least the last 24 passwords should be blocked from reuse",
	}} with input as tf.doc([policy({"minimum_password_length": tf.unknown("var.min_length"), "password_reuse_prevention": 10})])
}

test_non_numeric_strings_pass if {
	count(check.deny) == 0 with input as tf.doc([policy({"minimum_password_length": "short", "password_reuse_prevention": "24x"})])
}
