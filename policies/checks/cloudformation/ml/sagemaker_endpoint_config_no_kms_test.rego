package evident.checks.cloudformation.sagemaker_endpoint_config_no_kms_test

import data.evident.checks.cloudformation.sagemaker_endpoint_config_no_kms as check

config(id, props) := {"id": id, "type": "AWS::SageMaker::EndpointConfig", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

variant(instance_type) := {"VariantName": "v", "ModelName": "m", "InitialInstanceCount": 1, "InstanceType": instance_type}

serverless := {"VariantName": "s", "ModelName": "m", "ServerlessConfig": {"MaxConcurrency": 5, "MemorySizeInMB": 2048}}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

test_no_key_null_and_empty_are_reported if {
	check.deny == {
		{"resource": "Triage", "msg": "Triage has no KmsKeyId (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "Risk", "msg": "Risk has no KmsKeyId (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "Serverless", "msg": "Serverless has no KmsKeyId (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
		{"resource": "Empty", "path": ["properties", "KmsKeyId"], "msg": "Empty sets KmsKeyId to an empty string (the storage volumes of its instances are encrypted with a key SageMaker manages)"},
	} with input as {"resources": [
		config("Triage", {"ProductionVariants": [variant("ml.m5.large")]}),
		config("Risk", {"KmsKeyId": null, "ProductionVariants": [variant("ml.c5.xlarge"), variant("ml.inf2.xlarge")], "ShadowProductionVariants": [variant("ml.m6g.large")]}),
		config("Serverless", {"ProductionVariants": [serverless]}),
		config("Empty", {"KmsKeyId": "", "ProductionVariants": [variant("ml.t2.medium")]}),
	]}
}

test_keys_and_unknown_keys_pass if {
	count(check.deny) == 0 with input as {"resources": [
		config("A", {"KmsKeyId": {"__unknown__": "Fn::GetAtt InferenceKey.Arn", "refs": ["InferenceKey.Arn"], "__ref__": "InferenceKey", "attribute": "Arn"}, "ProductionVariants": [variant("ml.m5.large")]}),
		config("B", {"KmsKeyId": "alias/inference", "ProductionVariants": [variant("ml.m5.large")]}),
		config("C", {"KmsKeyId": unknown("KeyArn"), "ProductionVariants": [variant("ml.m5.large")]}),
	]}
}

test_instances_with_local_storage_cannot_take_a_key if {
	count(check.deny) == 0 with input as {"resources": [
		config("G4dn", {"ProductionVariants": [variant("ml.g4dn.xlarge")]}),
		config("G5", {"ProductionVariants": [variant("ml.g5.2xlarge")]}),
		config("M5d", {"ProductionVariants": [variant("ml.m5.large"), variant("ml.m5d.large")]}),
		config("P4de", {"ProductionVariants": [variant("ml.p4de.24xlarge")]}),
		config("Shadow", {"ProductionVariants": [variant("ml.m5.large")], "ShadowProductionVariants": [variant("ml.p3dn.24xlarge")]}),
	]}
}

test_unknown_instance_types_and_variants_pass if {
	count(check.deny) == 0 with input as {"resources": [
		config("Param", {"ProductionVariants": [variant(unknown("InstanceType"))]}),
		config("Cond", {"ProductionVariants": {"__unknown__": "Fn::If", "refs": ["UseGpu"]}}),
		config("CondShadow", {"ProductionVariants": [variant("ml.m5.large")], "ShadowProductionVariants": {"__unknown__": "Fn::If", "refs": ["Shadow"]}}),
		config("CondItem", {"ProductionVariants": [{"__unknown__": "Fn::If", "refs": ["UseGpu"]}]}),
		config("CondServerless", {"ProductionVariants": [{"VariantName": "s", "ServerlessConfig": {"__unknown__": "Fn::If", "refs": ["Small"]}}]}),
	]}
}
