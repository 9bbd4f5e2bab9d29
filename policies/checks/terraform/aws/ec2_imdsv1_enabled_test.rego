package evident.checks.terraform.ec2_imdsv1_enabled_test

import data.evident.checks.terraform.ec2_imdsv1_enabled as check
import data.evident.lib.tf_fixtures_test as tf

test_left_out_and_optional_are_reported if {
	check.deny == {
		{"resource": "aws_instance.a", "msg": "aws_instance.a does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_launch_template.b", "path": ["config", "metadata_options", 0, "http_tokens"], "msg": "aws_launch_template.b sets http_tokens to \"optional\": the metadata service answers IMDSv1 requests without a session token"},
		{"resource": "aws_launch_configuration.c", "path": ["config", "metadata_options", 0], "msg": "aws_launch_configuration.c does not set http_tokens in metadata_options (it defaults to \"optional\")"},
	} with input as tf.doc([
		tf.res("aws_instance", "a", {"ami": "ami-1"}),
		tf.res("aws_launch_template", "b", {"metadata_options": [{"http_tokens": "optional", "http_endpoint": "enabled"}]}),
		tf.res("aws_launch_configuration", "c", {"metadata_options": [{"http_put_response_hop_limit": 1}]}),
	])
}

test_required_disabled_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "a", {"metadata_options": [{"http_tokens": "required"}]}),
		tf.res("aws_instance", "b", {"metadata_options": [{"http_tokens": "optional", "http_endpoint": "disabled"}]}),
		tf.res("aws_launch_template", "c", {"metadata_options": [{"http_tokens": tf.unknown("var.tokens")}]}),
		tf.res("aws_launch_template", "d", {"metadata_options": [{"http_tokens": "optional", "http_endpoint": tf.unknown("var.endpoint")}]}),
		tf.res("aws_launch_configuration", "e", {"dynamic": {"metadata_options": [{"content": {}}]}}),
	])
}

test_instance_from_a_launch_template_is_left_to_the_template if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_instance", "a", {"launch_template": [{"id": tf.unknown("aws_launch_template.t.id")}]})])
}

test_account_default_covers_what_is_left_out_but_not_optional if {
	check.deny == {{"resource": "aws_instance.b", "path": ["config", "metadata_options", 0, "http_tokens"], "msg": "aws_instance.b sets http_tokens to \"optional\": the metadata service answers IMDSv1 requests without a session token"}} with input as tf.doc([
		tf.res("aws_ec2_instance_metadata_defaults", "this", {"http_tokens": "required"}),
		tf.res("aws_instance", "a", {}),
		tf.res("aws_instance", "b", {"metadata_options": [{"http_tokens": "optional"}]}),
		tf.res("aws_launch_template", "c", {"metadata_options": [{"http_put_response_hop_limit": 2}]}),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ec2_instance_metadata_defaults", "this", {"http_tokens": tf.unknown("var.tokens")}),
		tf.res("aws_instance", "a", {}),
	])
}

test_account_default_optional_does_not_cover if {
	check.deny == {{"resource": "aws_instance.a", "msg": "aws_instance.a does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"}} with input as tf.doc([
		tf.res("aws_ec2_instance_metadata_defaults", "this", {"http_tokens": "no-preference"}),
		tf.res("aws_instance", "a", {}),
	])
}
