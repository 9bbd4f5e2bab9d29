package evident.checks.cloudformation.ec2_public_ip_test

import data.evident.checks.cloudformation.ec2_public_ip as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

test_public_addresses_are_reported if {
	check.deny == {
		{"resource": "Export", "path": ["properties", "NetworkInterfaces", 0, "AssociatePublicIpAddress"], "msg": "Export requests a public IP address for its instance (AssociatePublicIpAddress: true)"},
		{"resource": "Workers", "path": ["properties", "LaunchTemplateData", "NetworkInterfaces", 1, "AssociatePublicIpAddress"], "msg": "Workers gives the instances it launches a public IP address (AssociatePublicIpAddress: true)"},
		{"resource": "Legacy", "path": ["properties", "AssociatePublicIpAddress"], "msg": "Legacy gives the instances it launches a public IP address (AssociatePublicIpAddress: true)"},
	} with input as {"resources": [
		res("Export", "AWS::EC2::Instance", {"ImageId": "ami-1", "NetworkInterfaces": [{"DeviceIndex": "0", "AssociatePublicIpAddress": true}]}),
		res("Workers", "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": false}, {"DeviceIndex": 1, "AssociatePublicIpAddress": "true"}]}}),
		res("Legacy", "AWS::AutoScaling::LaunchConfiguration", {"ImageId": "ami-1", "AssociatePublicIpAddress": true}),
	]}
}

# False, unset, unknown (a value and a whole list), a template without interfaces.
test_private_instances_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("A", "AWS::EC2::Instance", {"ImageId": "ami-1", "NetworkInterfaces": [{"DeviceIndex": "0", "AssociatePublicIpAddress": false}]}),
		res("B", "AWS::EC2::Instance", {"ImageId": "ami-1", "SubnetId": "subnet-1"}),
		res("C", "AWS::AutoScaling::LaunchConfiguration", {"ImageId": "ami-1", "AssociatePublicIpAddress": {"__unknown__": "Ref Public", "refs": ["Public"]}}),
		res("D", "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"NetworkInterfaces": {"__unknown__": "Fn::If", "refs": []}}}),
		res("E", "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"ImageId": "ami-1"}}),
	]}
}

test_ecs_services_that_give_tasks_public_addresses_are_reported if {
	check.deny == {{
		"resource": "IntakeService", "path": ["properties", "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"],
		"msg": "IntakeService gives its tasks public IP addresses (AssignPublicIp: ENABLED)",
	}} with input as {"resources": [
		res("IntakeService", "AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "ENABLED", "Subnets": ["subnet-1"]}}}),
		res("RecordsService", "AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "DISABLED", "Subnets": ["subnet-1"]}}}),
		res("DefaultService", "AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}}}),
		res("ParameterService", "AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": {"__unknown__": "Ref Public", "refs": ["Public"]}}}}),
	]}
}
