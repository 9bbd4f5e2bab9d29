package evident.checks.cloudformation.vpc_flow_logs_missing_test

import data.evident.checks.cloudformation.vpc_flow_logs_missing as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

vpc(id) := res(id, "AWS::EC2::VPC", {"CidrBlock": "10.0.0.0/16"})

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

getatt(id, attr) := {"__unknown__": concat("", ["Fn::GetAtt ", id, ".", attr]), "refs": [concat(".", [id, attr])], "__ref__": id, "attribute": attr}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

flow_log(id, resource_id, resource_type) := res(id, "AWS::EC2::FlowLog", {"ResourceId": resource_id, "ResourceType": resource_type, "TrafficType": "ALL"})

test_vpc_without_flow_log if {
	check.deny == {{"resource": "Other", "msg": "Other has no AWS::EC2::FlowLog"}} with input as {"resources": [
		vpc("Main"), vpc("Other"),
		flow_log("MainFlowLog", ref("Main"), "VPC"),
	]}
}

test_getatt_vpc_id_counts if {
	count(check.deny) == 0 with input as {"resources": [vpc("Main"), flow_log("MainFlowLog", getatt("Main", "VpcId"), "VPC")]}
}

# A subnet or interface flow log covers only part of the VPC; an unknown
# ResourceType may be VPC.
test_flow_log_of_another_resource_type_does_not_count if {
	check.deny == {{"resource": "Main", "msg": "Main has no AWS::EC2::FlowLog"}} with input as {"resources": [
		vpc("Main"), res("Subnet", "AWS::EC2::Subnet", {"VpcId": ref("Main")}),
		flow_log("SubnetFlowLog", ref("Subnet"), "Subnet"),
		flow_log("OtherSubnetFlowLog", param("SubnetId"), "Subnet"),
	]}
	count(check.deny) == 0 with input as {"resources": [vpc("Main"), flow_log("MainFlowLog", ref("Main"), param("Type"))]}
	count(check.deny) == 0 with input as {"resources": [vpc("Main"), flow_log("MainFlowLog", ref("Main"), "vpc")]}
}

test_unattributed_flow_log_silences if {
	count(check.deny) == 0 with input as {"resources": [vpc("Main"), flow_log("Logs", param("VpcId"), "VPC")]}
	count(check.deny) == 0 with input as {"resources": [vpc("Main"), flow_log("Logs", {"__unknown__": "Fn::ImportValue network-vpc", "refs": []}, "VPC")]}
	count(check.deny) == 0 with input as {"resources": [
		vpc("Main"), res("Network", "AWS::CloudFormation::Stack", {"TemplateURL": "https://example.org/n.yaml"}),
		flow_log("Logs", getatt("Network", "Outputs.VpcId"), "VPC"),
	]}
}

test_literal_vpc_id_does_not_silence if {
	check.deny == {{"resource": "Main", "msg": "Main has no AWS::EC2::FlowLog"}} with input as {"resources": [vpc("Main"), flow_log("Legacy", "vpc-0a1b2c3d", "VPC")]}
}

test_flow_log_of_another_vpc_of_the_template_does_not_silence if {
	check.deny == {{"resource": "Other", "msg": "Other has no AWS::EC2::FlowLog"}} with input as {"resources": [vpc("Main"), vpc("Other"), flow_log("Logs", getatt("Main", "VpcId"), param("Type"))]}
}

test_vpc_passed_to_a_nested_stack_is_not_reported if {
	check.deny == {{"resource": "Other", "msg": "Other has no AWS::EC2::FlowLog"}} with input as {"resources": [
		vpc("Main"), vpc("Other"),
		res("FlowLogs", "AWS::CloudFormation::Stack", {"TemplateURL": "https://example.org/f.yaml", "Parameters": {"VpcId": ref("Main")}}),
	]}
	count(check.deny) == 0 with input as {"resources": [
		vpc("Main"),
		res("FlowLogs", "AWS::Serverless::Application", {"Location": "./flow-logs.yaml", "Parameters": {"Vpc": getatt("Main", "VpcId")}}),
	]}
}
