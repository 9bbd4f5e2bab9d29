package evident.checks.terraform.sagemaker_endpoint_config_no_kms_test

import data.evident.checks.terraform.sagemaker_endpoint_config_no_kms as check
import data.evident.lib.tf_fixtures_test as tf

variant(instance_type) := {"variant_name": "v", "model_name": "m", "initial_instance_count": 1, "instance_type": instance_type}

serverless := {"variant_name": "s", "model_name": "m", "serverless_config": [{"max_concurrency": 5, "memory_size_in_mb": 2048}]}

test_no_key_null_and_empty_are_reported if {
	check.deny == {
		{"resource": "aws_sagemaker_endpoint_configuration.triage", "msg": "aws_sagemaker_endpoint_configuration.triage sets no kms_key_arn (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "aws_sagemaker_endpoint_configuration.risk", "msg": "aws_sagemaker_endpoint_configuration.risk sets no kms_key_arn (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "aws_sagemaker_endpoint_configuration.serverless", "msg": "aws_sagemaker_endpoint_configuration.serverless sets no kms_key_arn (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "aws_sagemaker_endpoint_configuration.empty", "path": ["config", "kms_key_arn"], "msg": "aws_sagemaker_endpoint_configuration.empty sets kms_key_arn to an empty string (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
	} with input as tf.doc([
		tf.res("aws_sagemaker_endpoint_configuration", "triage", {"production_variants": [variant("ml.m5.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "risk", {"kms_key_arn": null, "production_variants": [variant("ml.c5.xlarge"), variant("ml.inf2.xlarge")], "shadow_production_variants": [variant("ml.m6g.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "serverless", {"production_variants": [serverless]}),
		tf.res("aws_sagemaker_endpoint_configuration", "empty", {"kms_key_arn": "", "production_variants": [variant("ml.t2.medium")]}),
	])
}

test_key_and_unknown_key_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_endpoint_configuration", "a", {"kms_key_arn": tf.unknown("aws_kms_key.inference.arn"), "production_variants": [variant("ml.m5.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "b", {"kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "production_variants": [variant("ml.m5.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "c", {"kms_key_arn": tf.unknown("var.kms_key_arn"), "production_variants": [variant("ml.m5.large")]}),
	])
}

test_instances_with_local_storage_cannot_take_a_key if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_endpoint_configuration", "g4dn", {"production_variants": [variant("ml.g4dn.xlarge")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "g5", {"production_variants": [variant("ml.g5.2xlarge")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "m5d", {"production_variants": [variant("ml.m5.large"), variant("ml.m5d.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "p4de", {"production_variants": [variant("ml.p4de.24xlarge")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "c6id", {"production_variants": [variant("ml.c6id.large")]}),
		tf.res("aws_sagemaker_endpoint_configuration", "shadow", {"production_variants": [variant("ml.m5.large")], "shadow_production_variants": [variant("ml.p3dn.24xlarge")]}),
	])
}

test_unknown_instance_types_and_dynamic_variants_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_sagemaker_endpoint_configuration", "var", {"production_variants": [variant(tf.unknown("var.instance_type"))]}),
		tf.res("aws_sagemaker_endpoint_configuration", "dyn", {"dynamic": {"production_variants": true}}),
		tf.res("aws_sagemaker_endpoint_configuration", "dyn_shadow", {"production_variants": [variant("ml.m5.large")], "dynamic": {"shadow_production_variants": true}}),
	])
}
