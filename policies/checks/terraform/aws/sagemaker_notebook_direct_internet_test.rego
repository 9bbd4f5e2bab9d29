package evident.checks.terraform.sagemaker_notebook_direct_internet_test

import data.evident.checks.terraform.sagemaker_notebook_direct_internet as check
import data.evident.lib.tf_fixtures_test as tf

test_default_null_and_enabled_are_reported if {
	check.deny == {
		{"resource": "aws_sagemaker_notebook_instance.research", "msg": "aws_sagemaker_notebook_instance.research does not set direct_internet_access = \"Disabled\": the notebook reaches the internet outside the VPC (the default is Enabled)"},
		{"resource": "aws_sagemaker_notebook_instance.scratch", "msg": "aws_sagemaker_notebook_instance.scratch does not set direct_internet_access = \"Disabled\": the notebook reaches the internet outside the VPC (the default is Enabled)"},
		{"resource": "aws_sagemaker_notebook_instance.cohort", "path": ["config", "direct_internet_access"], "msg": "aws_sagemaker_notebook_instance.cohort sets direct_internet_access = \"Enabled\": the notebook reaches the internet outside the VPC"},
	} with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "research", {"name": "research", "instance_type": "ml.t3.medium"}),
		tf.res("aws_sagemaker_notebook_instance", "scratch", {"direct_internet_access": null}),
		tf.res("aws_sagemaker_notebook_instance", "cohort", {"subnet_id": tf.unknown("aws_subnet.private.id"), "direct_internet_access": "Enabled"}),
	])
}

test_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_notebook_instance", "private", {"subnet_id": tf.unknown("aws_subnet.private.id"), "direct_internet_access": "Disabled"}),
		tf.res("aws_sagemaker_notebook_instance", "var", {"direct_internet_access": tf.unknown("var.internet")}),
	])
}

test_root_access_is_not_judged if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_sagemaker_notebook_instance", "private", {"direct_internet_access": "Disabled", "root_access": "Enabled"})])
}
