package evident.checks.terraform.athena_workgroup_unencrypted_test

import data.evident.checks.terraform.athena_workgroup_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

key := tf.unknown("aws_kms_key.athena.arn")

encrypted := [{"encryption_configuration": [{"encryption_option": "SSE_KMS", "kms_key_arn": key}]}]

msg(id) := concat("", [id, " does not encrypt query results: no configuration.result_configuration.encryption_configuration"])

test_missing_at_each_level if {
	check.deny == {
		{"resource": "aws_athena_workgroup.a", "msg": msg("aws_athena_workgroup.a")},
		{"resource": "aws_athena_workgroup.b", "path": ["config", "configuration", 0], "msg": msg("aws_athena_workgroup.b")},
		{"resource": "aws_athena_workgroup.c", "path": ["config", "configuration", 0, "result_configuration", 0], "msg": msg("aws_athena_workgroup.c")},
		{"resource": "aws_athena_workgroup.d", "path": ["config", "configuration", 0, "result_configuration", 0, "encryption_configuration", 0], "msg": "aws_athena_workgroup.d has an encryption_configuration without encryption_option: query results are not encrypted"},
	} with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"name": "a"}),
		tf.res("aws_athena_workgroup", "b", {"configuration": [{"enforce_workgroup_configuration": true}]}),
		tf.res("aws_athena_workgroup", "c", {"configuration": [{"result_configuration": [{"output_location": "s3://results/"}]}]}),
		tf.res("aws_athena_workgroup", "d", {"configuration": [{"result_configuration": [{"encryption_configuration": [{"kms_key_arn": key}]}]}]}),
	])
}

# Without encryption, enforce_workgroup_configuration = false adds nothing: one finding.
test_unencrypted_and_not_enforced_is_one_finding if {
	check.deny == {{"resource": "aws_athena_workgroup.a", "path": ["config", "configuration", 0], "msg": msg("aws_athena_workgroup.a")}} with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"configuration": [{"enforce_workgroup_configuration": false}]}),
	])
}

test_encrypted_but_not_enforced if {
	check.deny == {{
		"resource": "aws_athena_workgroup.a", "path": ["config", "configuration", 0, "enforce_workgroup_configuration"],
		"msg": "aws_athena_workgroup.a encrypts query results but sets enforce_workgroup_configuration = false: a client's settings replace the workgroup's, so its query results may be written unencrypted",
	}} with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"configuration": [{"enforce_workgroup_configuration": false, "result_configuration": encrypted}]}),
	])
}

test_encrypted_enforced_minimum_and_managed_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"configuration": [{"result_configuration": encrypted}]}),
		tf.res("aws_athena_workgroup", "b", {"configuration": [{"enforce_workgroup_configuration": true, "result_configuration": [{"encryption_configuration": [{"encryption_option": "SSE_S3"}]}]}]}),
		tf.res("aws_athena_workgroup", "c", {"configuration": [{"enforce_workgroup_configuration": false, "enable_minimum_encryption_configuration": true, "result_configuration": encrypted}]}),
		tf.res("aws_athena_workgroup", "d", {"configuration": [{"managed_query_results_configuration": [{"enabled": true}]}]}),
		tf.res("aws_athena_workgroup", "e", {"configuration": [{"enforce_workgroup_configuration": false, "managed_query_results_configuration": [{"enabled": true, "encryption_configuration": [{"kms_key": key}]}]}]}),
	])
}

test_managed_results_switched_off_is_reported if {
	check.deny == {{"resource": "aws_athena_workgroup.a", "path": ["config", "configuration", 0], "msg": msg("aws_athena_workgroup.a")}} with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"configuration": [{"managed_query_results_configuration": [{"enabled": false}]}]}),
	])
}

# A quoted "false" is false (Terraform converts it for a bool argument); null is not set.
test_quoted_false_and_null_switches_are_off if {
	check.deny == {
		{"resource": "aws_athena_workgroup.a", "path": ["config", "configuration", 0], "msg": msg("aws_athena_workgroup.a")},
		{"resource": "aws_athena_workgroup.b", "path": ["config", "configuration", 0], "msg": msg("aws_athena_workgroup.b")},
		{"resource": "aws_athena_workgroup.c", "path": ["config", "configuration", 0, "enforce_workgroup_configuration"], "msg": "aws_athena_workgroup.c encrypts query results but sets enforce_workgroup_configuration = false: a client's settings replace the workgroup's, so its query results may be written unencrypted"},
		{"resource": "aws_athena_workgroup.d", "path": ["config", "configuration", 0, "enforce_workgroup_configuration"], "msg": "aws_athena_workgroup.d encrypts query results but sets enforce_workgroup_configuration = false: a client's settings replace the workgroup's, so its query results may be written unencrypted"},
	} with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"configuration": [{"managed_query_results_configuration": [{"enabled": "False"}]}]}),
		tf.res("aws_athena_workgroup", "b", {"configuration": [{"managed_query_results_configuration": [{"enabled": null}]}]}),
		tf.res("aws_athena_workgroup", "c", {"configuration": [{"enforce_workgroup_configuration": false, "enable_minimum_encryption_configuration": "false", "result_configuration": encrypted}]}),
		tf.res("aws_athena_workgroup", "d", {"configuration": [{"enforce_workgroup_configuration": false, "enable_minimum_encryption_configuration": null, "result_configuration": encrypted}]}),
	])
}

test_unknown_and_dynamic_pass if {
	dyn := {"for_each": tf.unknown("var.x"), "content": [{}]}
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_athena_workgroup", "a", {"dynamic": {"configuration": [dyn]}}),
		tf.res("aws_athena_workgroup", "b", {"configuration": [{"dynamic": {"result_configuration": [dyn]}}]}),
		tf.res("aws_athena_workgroup", "c", {"configuration": [{"result_configuration": [{"dynamic": {"encryption_configuration": [dyn]}}]}]}),
		tf.res("aws_athena_workgroup", "d", {"configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": tf.unknown("var.option")}]}]}]}),
		tf.res("aws_athena_workgroup", "e", {"configuration": [{"enforce_workgroup_configuration": tf.unknown("var.enforce"), "result_configuration": encrypted}]}),
		tf.res("aws_athena_workgroup", "f", {"configuration": [{"enforce_workgroup_configuration": false, "enable_minimum_encryption_configuration": tf.unknown("var.min"), "result_configuration": encrypted}]}),
		tf.res("aws_athena_workgroup", "g", {"configuration": [{"managed_query_results_configuration": [{"enabled": tf.unknown("var.managed")}]}]}),
		tf.res("aws_athena_workgroup", "h", {"configuration": [{"dynamic": {"managed_query_results_configuration": [dyn]}}]}),
	])
}

test_database_without_encryption if {
	check.deny == {
		{"resource": "aws_athena_database.a", "msg": "aws_athena_database.a has no encryption_configuration: the results of its creation query are not encrypted"},
		{"resource": "aws_athena_database.b", "path": ["config", "encryption_configuration", 0], "msg": "aws_athena_database.b has an encryption_configuration without encryption_option: query results are not encrypted"},
	} with input as tf.doc([
		tf.res("aws_athena_database", "a", {"name": "a", "bucket": "results"}),
		tf.res("aws_athena_database", "b", {"name": "b", "bucket": "results", "encryption_configuration": [{"kms_key": key}]}),
	])
}

test_database_encrypted_in_a_workgroup_or_unknown_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_athena_database", "a", {"name": "a", "encryption_configuration": [{"encryption_option": "SSE_KMS", "kms_key": key}]}),
		tf.res("aws_athena_database", "b", {"name": "b", "workgroup": "analytics"}),
		tf.res("aws_athena_database", "c", {"name": "c", "workgroup": tf.unknown("aws_athena_workgroup.analytics.name")}),
		tf.res("aws_athena_database", "d", {"name": "d", "encryption_configuration": [{"encryption_option": tf.unknown("var.option")}]}),
		tf.res("aws_athena_database", "e", {"name": "e", "dynamic": {"encryption_configuration": [{"for_each": tf.unknown("var.x"), "content": [{}]}]}}),
	])
}
