package evident.checks.cloudformation.sagemaker_notebook_imdsv1_test

import data.evident.checks.cloudformation.sagemaker_notebook_imdsv1 as check

notebook(id, properties) := {"id": id, "type": "AWS::SageMaker::NotebookInstance", "properties": properties}

test_default_and_version_one_are_reported if {
	check.deny == {
		{"resource": "Research", "msg": "Research does not require IMDSv2 session tokens (no InstanceMetadataServiceConfiguration: the minimum version defaults to 1)"},
		{
			"resource": "Claims", "path": ["properties", "InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"],
			"msg": "Claims sets MinimumInstanceMetadataServiceVersion to 1: the metadata service answers IMDSv1 requests without a session token",
		},
	} with input as {"type": "cloudformation", "resources": [
		notebook("Research", {"InstanceType": "ml.t3.medium"}),
		notebook("Claims", {"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "1"}}),
	]}
}

test_version_two_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		notebook("A", {"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "2"}}),
		notebook("B", {"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": {"__unknown__": "Ref Imds", "refs": ["Imds"]}}}),
	]}
}
