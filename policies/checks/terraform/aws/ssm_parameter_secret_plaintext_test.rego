package evident.checks.terraform.ssm_parameter_secret_plaintext_test

import data.evident.checks.terraform.ssm_parameter_secret_plaintext as check
import data.evident.lib.tf_fixtures_test as tf

test_secret_name_as_string if {
	check.deny == {
		{"resource": "aws_ssm_parameter.db", "path": ["config", "type"], "msg": "aws_ssm_parameter.db looks like a secret (/prod/db/password) but has type String instead of SecureString"},
		{"resource": "aws_ssm_parameter.api_token", "path": ["config", "type"], "msg": "aws_ssm_parameter.api_token looks like a secret (api_token) but has type StringList instead of SecureString"},
	} with input as tf.doc([
		tf.res("aws_ssm_parameter", "db", {"name": "/prod/db/password", "type": "String"}),
		tf.res("aws_ssm_parameter", "api_token", {"name": tf.unknown("var.n"), "type": "StringList"}),
	])
}

test_secure_plain_names_and_unknown_type_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_ssm_parameter", "a", {"name": "/prod/db/password", "type": "SecureString"}),
		tf.res("aws_ssm_parameter", "b", {"name": "/prod/db/host", "type": "String"}),
		tf.res("aws_ssm_parameter", "c", {"name": "/prod/db/password_arn", "type": "String"}),
		tf.res("aws_ssm_parameter", "d", {"name": "/prod/db/password", "type": tf.unknown("var.t")}),
	])
}
