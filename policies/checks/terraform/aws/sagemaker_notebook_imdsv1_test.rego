package evident.checks.terraform.sagemaker_notebook_imdsv1_test

import data.evident.checks.terraform.sagemaker_notebook_imdsv1 as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_version_one_are_reported if {
	check.deny == {
		{"resource": "aws_sagemaker_notebook_instance.research", "msg": "aws_sagemaker_notebook_instance.research does not require IMDSv2 session tokens (no instance_metadata_service_configuration: the minimum version defaults to 1)"},
		{
			"resource": "aws_sagemaker_notebook_instance.claims", "path": ["config", "instance_metadata_service_configuration", 0, "minimum_instance_metadata_service_version"],
			"msg": "aws_sagemaker_notebook_instance.claims sets minimum_instance_metadata_service_version to 1: the metadata service answers IMDSv1 requests without a session token",
		},
	} with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "research", {"instance_type": "ml.t3.medium"}),
		tf.res("aws_sagemaker_notebook_instance", "claims", {"instance_metadata_service_configuration": [{"minimum_instance_metadata_service_version": "1"}]}),
	])
}

test_version_two_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "a", {"instance_metadata_service_configuration": [{"minimum_instance_metadata_service_version": "2"}]}),
		tf.res("aws_sagemaker_notebook_instance", "b", {"instance_metadata_service_configuration": [{"minimum_instance_metadata_service_version": tf.unknown("var.imds")}]}),
		tf.res("aws_sagemaker_notebook_instance", "c", {"dynamic": {"instance_metadata_service_configuration": [{"for_each": tf.unknown("var.imds"), "content": [{}]}]}}),
	])
}
