package evident.checks.cloudformation.lb_drop_invalid_headers_disabled_test

import data.evident.checks.cloudformation.lb_drop_invalid_headers_disabled as check

lb(id, props) := {"id": id, "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

attr(k, v) := {"Key": k, "Value": v}

key := "routing.http.drop_invalid_header_fields.enabled"

test_missing_attribute_is_reported if {
	check.deny == {
		{"resource": "A", "msg": "A does not set routing.http.drop_invalid_header_fields.enabled to true (it defaults to false)"},
		{"resource": "B", "msg": "B does not set routing.http.drop_invalid_header_fields.enabled to true (it defaults to false)"},
		{"resource": "C", "msg": "C does not set routing.http.drop_invalid_header_fields.enabled to true (it defaults to false)"},
	} with input as {"resources": [
		lb("A", {}),
		lb("B", {"Type": "Application", "LoadBalancerAttributes": [attr("idle_timeout.timeout_seconds", "60")]}),
		lb("C", {"LoadBalancerAttributes": []}),
	]}
}

test_false_is_located_at_the_value if {
	check.deny == {
		{"resource": "A", "path": ["properties", "LoadBalancerAttributes", 1, "Value"], "msg": "A sets routing.http.drop_invalid_header_fields.enabled to false"},
		{"resource": "B", "path": ["properties", "LoadBalancerAttributes", 0, "Value"], "msg": "B sets routing.http.drop_invalid_header_fields.enabled to false"},
	} with input as {"resources": [
		lb("A", {"LoadBalancerAttributes": [attr("idle_timeout.timeout_seconds", "60"), attr(key, "false")]}),
		lb("B", {"Type": "application", "LoadBalancerAttributes": [attr(key, false)]}),
	]}
}

test_enabled_passes if {
	count(check.deny) == 0 with input as {"resources": [
		lb("A", {"LoadBalancerAttributes": [attr(key, "true")]}),
		lb("B", {"LoadBalancerAttributes": [attr(key, true)]}),
		lb("C", {"LoadBalancerAttributes": [attr("idle_timeout.timeout_seconds", "60"), attr(key, "True")]}),
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
		lb("B", {"LoadBalancerAttributes": [attr(key, param("DropInvalidHeaders"))]}),
		lb("C", {"LoadBalancerAttributes": [attr(param("Key"), "true")]}),
		lb("D", {"LoadBalancerAttributes": [{"__unknown__": "Fn::If Strict", "refs": []}]}),
	]}
}
