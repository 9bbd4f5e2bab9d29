package evident.checks.terraform.lambda_permission_service_unscoped_test

import data.evident.checks.terraform.lambda_permission_service_unscoped as check
import data.evident.lib.tf_fixtures_test as tf

permission(name, config) := tf.res("aws_lambda_permission", name, object.union({"action": "lambda:InvokeFunction", "function_name": tf.unknown("aws_lambda_function.intake.function_name")}, config))

test_service_principals_without_a_source_are_reported if {
	check.deny == {
		{"resource": "aws_lambda_permission.s3", "path": ["config", "principal"], "msg": "aws_lambda_permission.s3 lets s3.amazonaws.com invoke the function on behalf of any AWS account's resources (no source_arn or source_account)"},
		{"resource": "aws_lambda_permission.sns", "path": ["config", "principal"], "msg": "aws_lambda_permission.sns lets sns.amazonaws.com.cn invoke the function on behalf of any AWS account's resources (no source_arn or source_account)"},
		{"resource": "aws_lambda_permission.events", "path": ["config", "principal"], "msg": "aws_lambda_permission.events lets events.amazonaws.com invoke the function on behalf of any AWS account's resources (no source_arn or source_account)"},
	} with input as tf.doc([
		permission("s3", {"principal": "s3.amazonaws.com"}),
		permission("sns", {"principal": "sns.amazonaws.com.cn", "source_arn": null}),
		permission("events", {"principal": "events.amazonaws.com", "source_account": ""}),
	])
}

# A source ARN or account (known or not), an account or "*" as principal (EVD-TF-064), an unknown principal.
test_scoped_and_other_principals_pass if {
	count(check.deny) == 0 with input as tf.doc([
		permission("a", {"principal": "s3.amazonaws.com", "source_arn": "arn:aws:s3:::clinic-intake", "source_account": "123456789012"}),
		permission("b", {"principal": "sns.amazonaws.com", "source_arn": tf.unknown("aws_sns_topic.results.arn")}),
		permission("c", {"principal": "s3.amazonaws.com", "source_account": tf.unknown("data.aws_caller_identity.current.account_id")}),
		permission("d", {"principal": "123456789012"}),
		permission("e", {"principal": "*"}),
		permission("f", {"principal": tf.unknown("var.invoker")}),
	])
}
