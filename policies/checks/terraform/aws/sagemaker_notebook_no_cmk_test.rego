package evident.checks.terraform.sagemaker_notebook_no_cmk_test

import data.evident.checks.terraform.sagemaker_notebook_no_cmk as check
import data.evident.lib.tf_fixtures_test as tf

test_no_key_null_and_empty_are_reported if {
	check.deny == {
		{"resource": "aws_sagemaker_notebook_instance.research", "msg": "aws_sagemaker_notebook_instance.research sets no kms_key_id (its ML storage volume is encrypted with a key SageMaker manages)"},
		{"resource": "aws_sagemaker_notebook_instance.scratch", "msg": "aws_sagemaker_notebook_instance.scratch sets no kms_key_id (its ML storage volume is encrypted with a key SageMaker manages)"},
		{"resource": "aws_sagemaker_notebook_instance.cohort", "path": ["config", "kms_key_id"], "msg": "aws_sagemaker_notebook_instance.cohort sets kms_key_id to an empty string (its ML storage volume is encrypted with a key SageMaker manages)"},
	} with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "research", {"name": "research", "instance_type": "ml.t3.medium"}),
		tf.res("aws_sagemaker_notebook_instance", "scratch", {"kms_key_id": null}),
		tf.res("aws_sagemaker_notebook_instance", "cohort", {"kms_key_id": ""}),
	])
}

test_key_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "a", {"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}),
		tf.res("aws_sagemaker_notebook_instance", "b", {"kms_key_id": tf.unknown("aws_kms_key.notebooks.arn")}),
		tf.res("aws_sagemaker_notebook_instance", "c", {"kms_key_id": tf.unknown("var.kms_key_id")}),
	])
}
