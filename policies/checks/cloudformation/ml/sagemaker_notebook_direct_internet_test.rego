package evident.checks.cloudformation.sagemaker_notebook_direct_internet_test

import data.evident.checks.cloudformation.sagemaker_notebook_direct_internet as check

notebook(id, props) := {"id": id, "type": "AWS::SageMaker::NotebookInstance", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_default_null_and_enabled_are_reported if {
	check.deny == {
		{"resource": "Research", "msg": "Research does not set DirectInternetAccess: Disabled: the notebook reaches the internet outside the VPC (the default is Enabled)"},
		{"resource": "Scratch", "msg": "Scratch does not set DirectInternetAccess: Disabled: the notebook reaches the internet outside the VPC (the default is Enabled)"},
		{"resource": "Cohort", "path": ["properties", "DirectInternetAccess"], "msg": "Cohort sets DirectInternetAccess to Enabled: the notebook reaches the internet outside the VPC"},
		{"resource": "Lower", "path": ["properties", "DirectInternetAccess"], "msg": "Lower sets DirectInternetAccess to Enabled: the notebook reaches the internet outside the VPC"},
	} with input as {"resources": [
		notebook("Research", {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::111122223333:role/notebook"}),
		notebook("Scratch", {"DirectInternetAccess": null}),
		notebook("Cohort", {"SubnetId": {"__unknown__": "Ref PrivateSubnet", "refs": ["PrivateSubnet"], "__ref__": "PrivateSubnet"}, "DirectInternetAccess": "Enabled"}),
		notebook("Lower", {"DirectInternetAccess": "enabled"}),
	]}
}

test_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		notebook("Private", {"SubnetId": "subnet-0abc", "DirectInternetAccess": "Disabled", "RootAccess": "Enabled"}),
		notebook("Param", {"DirectInternetAccess": {"__unknown__": "Ref NotebookInternet", "refs": ["NotebookInternet"]}}),
		notebook("Cond", {"DirectInternetAccess": {"__unknown__": "Fn::If", "refs": ["IsSandbox"]}}),
	]}
}
