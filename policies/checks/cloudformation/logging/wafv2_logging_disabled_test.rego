package evident.checks.cloudformation.wafv2_logging_disabled_test

import data.evident.checks.cloudformation.wafv2_logging_disabled as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

acl(id) := res(id, "AWS::WAFv2::WebACL", {"Scope": "REGIONAL", "DefaultAction": {"Allow": {}}})

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

getatt(id, attr) := {"__unknown__": concat("", ["Fn::GetAtt ", id, ".", attr]), "refs": [concat(".", [id, attr])], "__ref__": id, "attribute": attr}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

logging(id, arn) := res(id, "AWS::WAFv2::LoggingConfiguration", {"ResourceArn": arn, "LogDestinationConfigs": ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-api"]})

reported(id) := {{"resource": id, "msg": concat("", [id, " has no AWS::WAFv2::LoggingConfiguration (the requests it inspects are not logged)"])}}

test_acl_without_logging if {
	check.deny == reported("Other") with input as {"resources": [acl("Api"), acl("Other"), logging("ApiLogging", getatt("Api", "Arn"))]}
}

test_ref_and_sub_count if {
	count(check.deny) == 0 with input as {"resources": [acl("Api"), logging("ApiLogging", ref("Api"))]}
	count(check.deny) == 0 with input as {"resources": [acl("Api"), logging("ApiLogging", {"__unknown__": "Fn::Sub ${Api.Arn}", "refs": ["Api.Arn"], "template": "${Api.Arn}"})]}
}

test_literal_arn_does_not_silence if {
	check.deny == reported("Api") with input as {"resources": [acl("Api"), logging("Legacy", "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/legacy/a1b2c3")]}
}

test_logging_of_another_acl_of_the_template_does_not_silence if {
	check.deny == reported("Other") with input as {"resources": [acl("Api"), acl("Other"), logging("Logs", ref("Api"))]}
}

test_unattributed_logging_silences if {
	count(check.deny) == 0 with input as {"resources": [acl("Api"), logging("Logs", param("WebAclArn"))]}
	count(check.deny) == 0 with input as {"resources": [acl("Api"), logging("Logs", {"__unknown__": "Fn::ImportValue edge-acl", "refs": []})]}
	count(check.deny) == 0 with input as {"resources": [
		acl("Api"), res("Edge", "AWS::CloudFormation::Stack", {"TemplateURL": "https://example.org/edge.yaml"}),
		logging("Logs", getatt("Edge", "Outputs.WebAclArn")),
	]}
}

test_acl_passed_to_a_nested_stack_is_not_reported if {
	check.deny == reported("Other") with input as {"resources": [
		acl("Api"), acl("Other"),
		res("WafLogs", "AWS::CloudFormation::Stack", {"TemplateURL": "https://example.org/waf-logs.yaml", "Parameters": {"WebAclArn": getatt("Api", "Arn")}}),
	]}
	count(check.deny) == 0 with input as {"resources": [
		acl("Api"),
		res("WafLogs", "AWS::Serverless::Application", {"Location": "./waf-logs.yaml", "Parameters": {"WebAcl": getatt("Api", "Arn")}}),
	]}
}
