package evident.checks.terraform.ecr_scan_on_push_disabled_test

import data.evident.checks.terraform.ecr_scan_on_push_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_and_false if {
	check.deny == {
		{"resource": "aws_ecr_repository.a", "msg": "aws_ecr_repository.a does not scan images on push"},
		{"resource": "aws_ecr_repository.b", "path": ["config", "image_scanning_configuration", 0, "scan_on_push"], "msg": "aws_ecr_repository.b sets scan_on_push = false"},
	} with input as tf.doc([tf.res("aws_ecr_repository", "a", {}), tf.res("aws_ecr_repository", "b", {"image_scanning_configuration": [{"scan_on_push": false}]})])
}

test_scanning_registry_config_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_ecr_repository", "a", {"image_scanning_configuration": [{"scan_on_push": true}]}), tf.res("aws_ecr_repository", "b", {"image_scanning_configuration": [{"scan_on_push": tf.unknown("var.s")}]})])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_ecr_repository", "a", {}), tf.res("aws_ecr_registry_scanning_configuration", "r", {"scan_type": "ENHANCED"})])
}
