package evident.checks.terraform.lambda_permission_public_test

import data.evident.checks.terraform.lambda_permission_public as check
import data.evident.lib.tf_fixtures_test as tf

test_anyone_may_invoke if {
	check.deny == {
		{"resource": "aws_lambda_permission.a", "path": ["config", "principal"], "msg": "aws_lambda_permission.a lets any principal invoke the function (principal \"*\" without source_arn, source_account or principal_org_id)"},
		{"resource": "aws_lambda_permission.url", "path": ["config", "principal"], "msg": "aws_lambda_permission.url lets any principal invoke the function (principal \"*\" without source_arn, source_account or principal_org_id)"},
	} with input as tf.doc([
		tf.res("aws_lambda_permission", "a", {"action": "lambda:InvokeFunction", "function_name": "f", "principal": "*"}),
		tf.res("aws_lambda_permission", "url", {"action": "lambda:InvokeFunctionUrl", "function_name": "f", "principal": "*", "function_url_auth_type": "NONE", "source_arn": null}),
	])
}

test_named_narrowed_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lambda_permission", "a", {"principal": "s3.amazonaws.com", "source_arn": "arn:aws:s3:::uploads"}),
		tf.res("aws_lambda_permission", "b", {"principal": "*", "source_arn": tf.unknown("aws_s3_bucket.uploads.arn")}),
		tf.res("aws_lambda_permission", "c", {"principal": "*", "source_account": "123456789012"}),
		tf.res("aws_lambda_permission", "d", {"principal": "*", "principal_org_id": "o-a1b2c3d4e5"}),
		tf.res("aws_lambda_permission", "e", {"principal": tf.unknown("var.principal")}),
	])
}
