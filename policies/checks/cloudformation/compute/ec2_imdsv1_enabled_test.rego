package evident.checks.cloudformation.ec2_imdsv1_enabled_test

import data.evident.checks.cloudformation.ec2_imdsv1_enabled as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

template(id, launch_data) := res(id, "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": launch_data})

configuration(id, props) := res(id, "AWS::AutoScaling::LaunchConfiguration", props)

unknown(ref) := {"__unknown__": ref, "refs": [ref]}

test_left_out_and_optional_are_reported if {
	check.deny == {
		{"resource": "Workers", "msg": "Workers does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
		{"resource": "Batch", "path": ["properties", "LaunchTemplateData", "MetadataOptions", "HttpTokens"], "msg": "Batch sets HttpTokens to optional: the metadata service answers IMDSv1 requests without a session token"},
		{"resource": "Legacy", "path": ["properties", "MetadataOptions"], "msg": "Legacy does not set HttpTokens in MetadataOptions (it defaults to optional)"},
		{"resource": "Old", "msg": "Old does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
		{"resource": "Host", "path": ["properties", "MetadataOptions", "HttpTokens"], "msg": "Host sets HttpTokens to optional: the metadata service answers IMDSv1 requests without a session token"},
	} with input as {"resources": [
		template("Workers", {"ImageId": "ami-1"}),
		template("Batch", {"MetadataOptions": {"HttpTokens": "optional", "HttpEndpoint": "enabled"}}),
		configuration("Legacy", {"MetadataOptions": {"HttpPutResponseHopLimit": 1}}),
		configuration("Old", {"ImageId": "ami-1"}),
		res("Host", "AWS::EC2::Instance", {"ImageId": "ami-1", "MetadataOptions": {"HttpTokens": "optional"}}),
	]}
}

test_required_disabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		template("A", {"MetadataOptions": {"HttpTokens": "required"}}),
		template("B", {"MetadataOptions": {"HttpTokens": "optional", "HttpEndpoint": "disabled"}}),
		template("C", {"MetadataOptions": {"HttpTokens": unknown("Tokens")}}),
		template("D", {"MetadataOptions": unknown("Fn::If Strict")}),
		template("E", unknown("Fn::If Custom")),
		configuration("F", {"MetadataOptions": {"HttpTokens": "optional", "HttpEndpoint": unknown("Endpoint")}}),
		res("G", "AWS::EC2::Instance", {"LaunchTemplate": {"LaunchTemplateId": {"__ref__": "A"}, "Version": "1"}}),
		res("H", "AWS::EC2::Instance", {"MetadataOptions": {"HttpTokens": "required"}}),
	]}
}
