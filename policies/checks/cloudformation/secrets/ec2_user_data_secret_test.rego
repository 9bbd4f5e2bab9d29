package evident.checks.cloudformation.ec2_user_data_secret_test

import data.evident.checks.cloudformation.ec2_user_data_secret as check

res(id, type, properties) := {"id": id, "type": type, "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

finding(id, path, msg) := {"resource": id, "path": path, "msg": msg, "secret": true}

test_literal_user_data_plain_and_base64 if {
	check.deny == {
		finding("Web", ["properties", "UserData"], "Web writes DATABASE_PASSWORD (a secret by its name) into its UserData"),
		finding("Template", ["properties", "LaunchTemplateData", "UserData"], "Template writes an AWS access key ID into its UserData"),
		finding("Template", ["properties", "LaunchTemplateData", "UserData"], "Template writes AWS_SECRET_ACCESS_KEY (a secret by its name) into its UserData"),
		finding("Config", ["properties", "UserData"], "Config writes password (a secret by its name) into its UserData"),
	} with input as {"resources": [
		# plain text, as Trivy's fixtures write it
		res("Web", "AWS::EC2::Instance", {"ImageId": "ami-79fd7eee", "UserData": "export DATABASE_PASSWORD=password1234"}),
		# a base64 literal, decoded
		res("Template", "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"UserData": base64.encode("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXNN\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Rt2\n")}}),
		# text the parser resolved (a literal, a parameter Default, a Fn::Join of known parts)
		res("Config", "AWS::AutoScaling::LaunchConfiguration", {"UserData": "#cloud-config\nusers:\n  - name: clinic\n    password: Clinic-Boot-2024\n"}),
	]}
}

test_unknown_and_harmless_user_data_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("B64", "AWS::EC2::Instance", {"UserData": {"__unknown__": "Fn::Base64 {\"Ref\":\"Script\"}", "refs": ["Script"]}}),
		res("Sub", "AWS::EC2::Instance", {"UserData": {"__unknown__": "Fn::Sub #!/bin/bash", "refs": ["AWS::Region"], "template": "#!/bin/bash\nexport API_TOKEN=tok-9f2c81ab --region ${AWS::Region}\n"}}),
		res("Param", "AWS::AutoScaling::LaunchConfiguration", {"UserData": {"__unknown__": "Ref UserData", "refs": ["UserData"]}}),
		res("Template", "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"UserData": base64.encode("#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\nexport SSM_PATH=/database/creds\n")}}),
		res("Good", "AWS::EC2::Instance", {"UserData": "export SSM_PATH=/database/creds"}),
		res("None", "AWS::EC2::Instance", {"ImageId": "ami-79fd7eee"}),
		res("NoData", "AWS::EC2::LaunchTemplate", {"LaunchTemplateName": "x"}),
	]}
}

test_literal_lines_of_an_unresolved_sub if {
	check.deny == {finding("Web", ["properties", "UserData"], "Web writes DB_PASSWORD (a secret by its name) into its UserData")} with input as {"resources": [res("Web", "AWS::EC2::Instance", {"UserData": {
		"__unknown__": "Fn::Base64 {\"Fn::Sub\":\"#!/bin/bash\"}", "refs": ["AWS::StackName"],
		"template": "#!/bin/bash\nexport DB_PASSWORD=Vq7-xLm2-pR9s\nexport API_TOKEN=${ApiToken}\n/opt/aws/bin/cfn-init -s ${AWS::StackName} -r Web\n",
	}})]}
}
