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

al2023_ami := tf.data_res("aws_ami", "al2023", {"most_recent": true, "owners": ["amazon"], "filter": [
	{"name": "name", "values": ["al2023-ami-2023.*-x86_64"]},
	{"name": "architecture", "values": ["x86_64"]},
]})

al2023_parameter := tf.data_res("aws_ssm_parameter", "al2023", {"name": "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"})

# Amazon Linux 2023 AMIs are registered with ImdsSupport v2.0: tokens left out are required.
test_al2023_image_requires_tokens_when_left_out if {
	check.deny == set() with input as tf.doc([
		al2023_ami,
		al2023_parameter,
		tf.data_res("aws_ami", "al2023_alias", {"filter": [{"name": "owner-alias", "values": ["amazon"]}, {"name": "name", "values": ["al2023-ami-minimal-*-arm64"]}]}),
		tf.res("aws_instance", "a", {"ami": tf.unknown("data.aws_ami.al2023.id")}),
		tf.res("aws_instance", "b", {"ami": {"__unknown__": "nonsensitive(data.aws_ssm_parameter.al2023.value)", "refs": ["data.aws_ssm_parameter.al2023.value"]}}),
		tf.res("aws_instance", "c", {"ami": "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64", "metadata_options": [{"http_put_response_hop_limit": 2}]}),
		tf.res("aws_launch_template", "d", {"image_id": tf.unknown("data.aws_ami.al2023_alias.image_id")}),
		tf.res("aws_launch_configuration", "e", {"image_id": tf.unknown("data.aws_ssm_parameter.al2023.value"), "metadata_options": [{"http_endpoint": "enabled"}]}),
	])
}

# Explicit "optional" on AL2023 is reported, and so is an image not known to be AL2023:
# another family, an AMI of another owner or without owners, a name filter that is not
# all AL2023, another parameter, or a reference to something else as well.
test_al2023_optional_and_other_images_are_reported if {
	check.deny == {
		{"resource": "aws_instance.a", "path": ["config", "metadata_options", 0, "http_tokens"], "msg": "aws_instance.a sets http_tokens to \"optional\": the metadata service answers IMDSv1 requests without a session token"},
		{"resource": "aws_instance.b", "msg": "aws_instance.b does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_instance.c", "msg": "aws_instance.c does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_instance.d", "msg": "aws_instance.d does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_instance.e", "msg": "aws_instance.e does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_instance.f", "msg": "aws_instance.f does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
		{"resource": "aws_launch_template.g", "path": ["config", "metadata_options", 0], "msg": "aws_launch_template.g does not set http_tokens in metadata_options (it defaults to \"optional\")"},
		{"resource": "aws_instance.h", "msg": "aws_instance.h does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"},
	} with input as tf.doc([
		al2023_ami,
		al2023_parameter,
		tf.data_res("aws_ami", "al2", {"owners": ["amazon"], "filter": [{"name": "name", "values": ["amzn2-ami-hvm-*-x86_64-gp2"]}]}),
		tf.data_res("aws_ami", "anyone", {"filter": [{"name": "name", "values": ["al2023-ami-2023.*"]}]}),
		tf.data_res("aws_ami", "mixed", {"owners": ["amazon"], "filter": [{"name": "name", "values": ["al2023-ami-2023.*", "amzn2-ami-hvm-*"]}]}),
		tf.data_res("aws_ami", "market", {"owners": ["amazon", "679593333241"], "filter": [{"name": "name", "values": ["al2023-ami-2023.*"]}]}),
		tf.data_res("aws_ssm_parameter", "al2", {"name": "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"}),
		tf.res("aws_instance", "a", {"ami": tf.unknown("data.aws_ami.al2023.id"), "metadata_options": [{"http_tokens": "optional"}]}),
		tf.res("aws_instance", "b", {"ami": tf.unknown("data.aws_ami.al2.id")}),
		tf.res("aws_instance", "c", {"ami": tf.unknown("data.aws_ami.anyone.id")}),
		tf.res("aws_instance", "d", {"ami": tf.unknown("data.aws_ami.mixed.id")}),
		tf.res("aws_instance", "e", {"ami": tf.unknown("data.aws_ssm_parameter.al2.value")}),
		tf.res("aws_instance", "f", {"ami": {"__unknown__": "coalesce(var.ami, data.aws_ami.al2023.id)", "refs": ["data.aws_ami.al2023.id", "var.ami"]}}),
		tf.res("aws_launch_template", "g", {"image_id": "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2", "metadata_options": [{"http_endpoint": "enabled"}]}),
		tf.res("aws_instance", "h", {"ami": tf.unknown("data.aws_ami.market.id")}),
	])
}

# An account-level default of "optional" prevails over the AMI's ImdsSupport.
test_al2023_with_account_default_optional_is_reported if {
	check.deny == {{"resource": "aws_instance.a", "msg": "aws_instance.a does not require IMDSv2 session tokens (no metadata_options block; http_tokens defaults to \"optional\")"}} with input as tf.doc([
		al2023_ami,
		tf.res("aws_ec2_instance_metadata_defaults", "this", {"http_tokens": "optional"}),
		tf.res("aws_instance", "a", {"ami": tf.unknown("data.aws_ami.al2023.id")}),
	])
}
