package evident.checks.terraform.aws_image_or_document_shared_publicly_test

import data.evident.checks.terraform.aws_image_or_document_shared_publicly as check
import data.evident.lib.tf_fixtures_test as tf

ami_msg(id) := concat("", [id, " lets every AWS account launch the AMI (group = \"all\")"])

builder_msg(id) := concat("", [id, " makes the AMIs it distributes public (launch_permission user_groups contains \"all\")"])

document_msg(id, ids) := concat("", [id, " shares the document with every AWS account (permissions account_ids = \"", ids, "\")"])

distribution(name, permission) := tf.res("aws_imagebuilder_distribution_configuration", name, {
	"name": name,
	"distribution": [
		{"region": "eu-central-1", "ami_distribution_configuration": [{"name": "clinic-{{ imagebuilder:buildDate }}"}]},
		{"region": "eu-west-1", "ami_distribution_configuration": [{"name": "clinic-{{ imagebuilder:buildDate }}", "launch_permission": [permission]}]},
	],
})

document(name, permissions) := tf.res("aws_ssm_document", name, {"name": name, "document_type": "Command", "content": "{}", "permissions": permissions})

test_public_ami_launch_permission_is_reported if {
	check.deny == {{"resource": "aws_ami_launch_permission.public", "path": ["config", "group"], "msg": ami_msg("aws_ami_launch_permission.public")}} with input as tf.doc([
		tf.res("aws_ami_launch_permission", "public", {"image_id": "ami-0123456789abcdef0", "group": "all"}),
	])
}

test_image_builder_distribution_to_all_is_reported if {
	check.deny == {{
		"resource": "aws_imagebuilder_distribution_configuration.golden",
		"path": ["config", "distribution", 1, "ami_distribution_configuration", 0, "launch_permission", 0, "user_groups", 1],
		"msg": builder_msg("aws_imagebuilder_distribution_configuration.golden"),
	}} with input as tf.doc([distribution("golden", {"user_ids": ["123456789012"], "user_groups": ["partners", "all"]})])
}

test_ssm_document_shared_with_all_is_reported if {
	check.deny == {
		{"resource": "aws_ssm_document.all", "path": ["config", "permissions", "account_ids"], "msg": document_msg("aws_ssm_document.all", "All")},
		{"resource": "aws_ssm_document.lower", "path": ["config", "permissions", "account_ids"], "msg": document_msg("aws_ssm_document.lower", "all")},
		{"resource": "aws_ssm_document.mixed", "path": ["config", "permissions", "account_ids"], "msg": document_msg("aws_ssm_document.mixed", "123456789012, All")},
	} with input as tf.doc([
		document("all", {"type": "Share", "account_ids": "All"}),
		document("lower", {"type": "Share", "account_ids": "all"}),
		document("mixed", {"type": "Share", "account_ids": "123456789012, All"}),
	])
}

# Sharing with named accounts, an organization or an OU is not public.
test_sharing_with_named_accounts_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ami_launch_permission", "account", {"image_id": "ami-0123456789abcdef0", "account_id": "123456789012"}),
		tf.res("aws_ami_launch_permission", "org", {"image_id": "ami-0123456789abcdef0", "organization_arn": "arn:aws:organizations::123456789012:organization/o-abc123"}),
		tf.res("aws_ami_launch_permission", "ou", {"image_id": "ami-0123456789abcdef0", "organizational_unit_arn": "arn:aws:organizations::123456789012:ou/o-abc123/ou-ab12-cdef3456"}),
		distribution("accounts", {"user_ids": ["123456789012"], "organization_arns": ["arn:aws:organizations::123456789012:organization/o-abc123"]}),
		distribution("no_groups", {"user_groups": []}),
		document("accounts", {"type": "Share", "account_ids": "123456789012,210987654321"}),
		document("none", {}),
		tf.res("aws_ssm_document", "private", {"name": "private", "document_type": "Command", "content": "{}"}),
	])
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ami_launch_permission", "var", {"image_id": "ami-0123456789abcdef0", "group": tf.unknown("var.group")}),
		distribution("var", {"user_groups": tf.unknown("var.groups")}),
		distribution("item", {"user_groups": [tf.unknown("var.group")]}),
		tf.res("aws_imagebuilder_distribution_configuration", "dynamic", {"distribution": [{"region": "eu-central-1", "ami_distribution_configuration": [{"dynamic": {"launch_permission": [{"for_each": tf.unknown("var.shares"), "content": [{"user_groups": ["all"]}]}]}}]}]}),
		document("var", {"type": "Share", "account_ids": tf.unknown("var.accounts")}),
		document("map", tf.unknown("var.permissions")),
	])
}

# Snapshots and other resources are left to their checks (EVD-TF-036 for RDS
# snapshots); an EBS snapshot permission names one account and cannot be public.
test_other_resources_are_not_judged if {
	check.deny == {{"resource": "aws_ami_launch_permission.public", "path": ["config", "group"], "msg": ami_msg("aws_ami_launch_permission.public")}} with input as tf.doc([
		tf.res("aws_ami_launch_permission", "public", {"image_id": "ami-0123456789abcdef0", "group": "all"}),
		tf.res("aws_db_snapshot", "nightly", {"shared_accounts": ["all"]}),
		tf.res("aws_snapshot_create_volume_permission", "partner", {"snapshot_id": "snap-0123456789abcdef0", "account_id": "123456789012"}),
		tf.res("aws_ami", "golden", {"name": "golden", "group": "all"}),
		tf.res("aws_ec2_image_block_public_access", "this", {"state": "unblocked"}),
	])
}
