package evident.checks.terraform.lambda_function_url_public_test

import data.evident.checks.terraform.lambda_function_url_public as check
import data.evident.lib.tf_fixtures_test as tf

test_url_without_authentication if {
	check.deny == {
		{"resource": "aws_lambda_function_url.results", "path": ["config", "authorization_type"], "msg": "aws_lambda_function_url.results lets anyone on the internet invoke the function without authentication (authorization_type \"NONE\")"},
		{"resource": "aws_lambda_function_url.live", "path": ["config", "authorization_type"], "msg": "aws_lambda_function_url.live lets anyone on the internet invoke the function without authentication (authorization_type \"NONE\")"},
	} with input as tf.doc([
		tf.res("aws_lambda_function_url", "results", {"function_name": tf.unknown("aws_lambda_function.results.function_name"), "authorization_type": "NONE"}),
		tf.res("aws_lambda_function_url", "live", {"function_name": "results", "qualifier": "live", "authorization_type": "NONE", "cors": [{"allow_origins": ["*"]}]}),
	])
}

# The permission a public URL may come with is EVD-TF-064's: this check reports only the URL.
test_permission_is_not_read_here if {
	check.deny == {{"resource": "aws_lambda_function_url.results", "path": ["config", "authorization_type"], "msg": "aws_lambda_function_url.results lets anyone on the internet invoke the function without authentication (authorization_type \"NONE\")"}} with input as tf.doc([
		tf.res("aws_lambda_function_url", "results", {"function_name": "results", "authorization_type": "NONE"}),
		tf.res("aws_lambda_permission", "url", {"action": "lambda:InvokeFunctionUrl", "function_name": "results", "principal": "*", "function_url_auth_type": "NONE"}),
	])
}

test_iam_unknown_and_other_resources_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_lambda_function_url", "iam", {"function_name": "results", "authorization_type": "AWS_IAM"}),
		tf.res("aws_lambda_function_url", "var", {"function_name": "results", "authorization_type": tf.unknown("var.url_auth")}),
		tf.res("aws_lambda_permission", "url", {"action": "lambda:InvokeFunctionUrl", "function_name": "results", "principal": "*", "function_url_auth_type": "NONE"}),
		tf.data_res("aws_lambda_function_url", "existing", {"function_name": "legacy"}),
	])
}
