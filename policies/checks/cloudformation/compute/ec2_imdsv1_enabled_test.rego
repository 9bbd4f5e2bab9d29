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

param(id, type, value) := {"id": id, "type": type, "hasDefault": true, "noEcho": false, "default": value, "file": "t.yaml", "startLine": 2, "endLine": 4}

al2023_parameters := [
	param("LatestAmiId", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-arm64"),
	param("MinimalAmiId", "AWS::SSM::Parameter::Value<String>", "/aws/service/ami-amazon-linux-latest/al2023-ami-minimal-kernel-default-x86_64"),
	param("Al2AmiId", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"),
	param("PlainAmiId", "String", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-arm64"),
]

# Amazon Linux 2023 AMIs are registered with ImdsSupport v2.0: tokens left out are required.
test_al2023_image_requires_tokens_when_left_out if {
	check.deny == set() with input as {"parameters": al2023_parameters, "resources": [
		res("Host", "AWS::EC2::Instance", {"ImageId": "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-arm64}}"}),
		res("Server", "AWS::EC2::Instance", {"ImageId": unknown("LatestAmiId"), "MetadataOptions": {"HttpPutResponseHopLimit": 2}}),
		template("Workers", {"ImageId": unknown("LatestAmiId")}),
		configuration("Legacy", {"ImageId": unknown("MinimalAmiId"), "MetadataOptions": {"HttpEndpoint": "enabled"}}),
	]}
}

# Explicit optional on AL2023 is reported, and so is an image not known to be AL2023:
# another family, a parameter of another type, an AMI ID, or a reference to something else as well.
test_al2023_optional_and_other_images_are_reported if {
	check.deny == {
		{"resource": "A", "path": ["properties", "MetadataOptions", "HttpTokens"], "msg": "A sets HttpTokens to optional: the metadata service answers IMDSv1 requests without a session token"},
		{"resource": "B", "msg": "B does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
		{"resource": "C", "msg": "C does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
		{"resource": "D", "path": ["properties", "LaunchTemplateData", "MetadataOptions"], "msg": "D does not set HttpTokens in MetadataOptions (it defaults to optional)"},
		{"resource": "E", "msg": "E does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
		{"resource": "F", "msg": "F does not require IMDSv2 session tokens (no MetadataOptions; HttpTokens defaults to optional)"},
	} with input as {"parameters": al2023_parameters, "resources": [
		res("A", "AWS::EC2::Instance", {"ImageId": unknown("LatestAmiId"), "MetadataOptions": {"HttpTokens": "optional"}}),
		res("B", "AWS::EC2::Instance", {"ImageId": unknown("Al2AmiId")}),
		res("C", "AWS::EC2::Instance", {"ImageId": "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2}}"}),
		template("D", {"ImageId": "ami-0c55b159cbfafe1f0", "MetadataOptions": {"HttpEndpoint": "enabled"}}),
		configuration("E", {"ImageId": unknown("PlainAmiId")}),
		res("F", "AWS::EC2::Instance", {"ImageId": {"__unknown__": "Fn::If UseCustom", "refs": ["LatestAmiId", "CustomAmiId"]}}),
	]}
}
