package evident.checks.cloudformation.lb_access_logs_disabled_test

import data.evident.checks.cloudformation.lb_access_logs_disabled as check

lb(id, props) := {"id": id, "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

attr(k, v) := {"Key": k, "Value": v}

test_missing_attribute_and_bucket_only if {
	check.deny == {
		{"resource": "A", "msg": "A does not enable access_logs.s3.enabled"},
		{"resource": "B", "msg": "B does not enable access_logs.s3.enabled"},
		{"resource": "C", "msg": "C does not enable access_logs.s3.enabled"},
	} with input as {"resources": [
		lb("A", {}),
		lb("B", {"Type": "application", "LoadBalancerAttributes": [attr("access_logs.s3.bucket", "lb-logs")]}),
		lb("C", {"LoadBalancerAttributes": []}),
	]}
}

test_false_is_located_at_the_value if {
	check.deny == {
		{"resource": "A", "path": ["properties", "LoadBalancerAttributes", 1, "Value"], "msg": "A sets access_logs.s3.enabled to false"},
		{"resource": "B", "path": ["properties", "LoadBalancerAttributes", 0, "Value"], "msg": "B sets access_logs.s3.enabled to false"},
	} with input as {"resources": [
		lb("A", {"LoadBalancerAttributes": [attr("idle_timeout.timeout_seconds", "60"), attr("access_logs.s3.enabled", "false")]}),
		lb("B", {"LoadBalancerAttributes": [attr("access_logs.s3.enabled", false)]}),
	]}
}

test_enabled_as_string_or_boolean_passes if {
	count(check.deny) == 0 with input as {"resources": [
		lb("A", {"LoadBalancerAttributes": [attr("access_logs.s3.enabled", "true"), attr("access_logs.s3.bucket", "lb-logs")]}),
		lb("B", {"LoadBalancerAttributes": [attr("access_logs.s3.enabled", true), attr("access_logs.s3.bucket", "lb-logs")]}),
		lb("C", {"LoadBalancerAttributes": [attr("access_logs.s3.enabled", "True"), attr("access_logs.s3.bucket", "lb-logs")]}),
	]}
}

test_network_gateway_and_unknown_type_pass if {
	count(check.deny) == 0 with input as {"resources": [
		lb("A", {"Type": "network"}),
		lb("B", {"Type": "gateway"}),
		lb("C", {"Type": param("LbType")}),
	]}
}

test_unknown_attributes_pass if {
	count(check.deny) == 0 with input as {"resources": [
		lb("A", {"LoadBalancerAttributes": param("Attributes")}),
		lb("B", {"LoadBalancerAttributes": [attr("access_logs.s3.enabled", param("EnableLogs"))]}),
		lb("C", {"LoadBalancerAttributes": [attr(param("Key"), "true")]}),
		lb("D", {"LoadBalancerAttributes": [{"__unknown__": "Fn::If Logs", "refs": []}]}),
	]}
}

elb(id, props) := {"id": id, "type": "AWS::ElasticLoadBalancing::LoadBalancer", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_classic_load_balancers if {
	check.deny == {
		{"resource": "NoPolicy", "msg": "NoPolicy has no AccessLoggingPolicy"},
		{"resource": "Off", "path": ["properties", "AccessLoggingPolicy", "Enabled"], "msg": "Off sets AccessLoggingPolicy.Enabled to false"},
		{"resource": "OffString", "path": ["properties", "AccessLoggingPolicy", "Enabled"], "msg": "OffString sets AccessLoggingPolicy.Enabled to false"},
	} with input as {"resources": [
		elb("NoPolicy", {"Listeners": []}),
		elb("Off", {"AccessLoggingPolicy": {"Enabled": false, "S3BucketName": "logs"}}),
		elb("OffString", {"AccessLoggingPolicy": {"Enabled": "false", "S3BucketName": "logs"}}),
		elb("On", {"AccessLoggingPolicy": {"Enabled": true, "S3BucketName": "logs"}}),
		elb("Param", {"AccessLoggingPolicy": {"Enabled": param("LogsOn"), "S3BucketName": "logs"}}),
		elb("Whole", {"AccessLoggingPolicy": param("Logging")}),
	]}
}
