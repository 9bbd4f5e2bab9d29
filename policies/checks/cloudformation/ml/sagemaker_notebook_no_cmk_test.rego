package evident.checks.cloudformation.sagemaker_notebook_no_cmk_test

import data.evident.checks.cloudformation.sagemaker_notebook_no_cmk as check

notebook(id, props) := {"id": id, "type": "AWS::SageMaker::NotebookInstance", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_no_key_null_and_empty_are_reported if {
	check.deny == {
		{"resource": "Research", "msg": "Research has no KmsKeyId (its ML storage volume is encrypted with a key SageMaker manages)"},
		{"resource": "Scratch", "msg": "Scratch has no KmsKeyId (its ML storage volume is encrypted with a key SageMaker manages)"},
		{"resource": "Cohort", "path": ["properties", "KmsKeyId"], "msg": "Cohort sets KmsKeyId to an empty string (its ML storage volume is encrypted with a key SageMaker manages)"},
	} with input as {"resources": [
		notebook("Research", {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::111122223333:role/notebook"}),
		notebook("Scratch", {"KmsKeyId": null}),
		notebook("Cohort", {"KmsKeyId": ""}),
	]}
}

test_keys_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		notebook("A", {"KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}),
		notebook("B", {"KmsKeyId": {"__unknown__": "Fn::GetAtt NotebookKey.Arn", "refs": ["NotebookKey.Arn"], "__ref__": "NotebookKey", "attribute": "Arn"}}),
		notebook("C", {"KmsKeyId": {"__unknown__": "Ref KeyArn", "refs": ["KeyArn"]}}),
		notebook("D", {"KmsKeyId": {"__unknown__": "Fn::ImportValue", "refs": []}}),
	]}
}
