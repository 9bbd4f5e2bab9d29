package evident.checks.cloudformation.alb_listener_http_test

import data.evident.checks.cloudformation.alb_listener_http as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

forward := {"Type": "forward", "TargetGroupArn": {"__unknown__": "Ref Tg", "refs": ["Tg"], "__ref__": "Tg"}}

redirect := {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}

lb_ref := {"__unknown__": "Ref Lb", "refs": ["Lb"], "__ref__": "Lb"}

test_http_forward_is_reported if {
	check.deny == {{"resource": "Http", "path": ["properties", "Protocol"], "msg": "Http serves HTTP without redirecting to HTTPS"}} with input as {"resources": [
		res("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internet-facing"}),
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "Port": 80, "LoadBalancerArn": lb_ref, "DefaultActions": [forward]}),
	]}
}

# ePHI crossing the network inside a VPC needs transmission security too (as EVD-TF-026).
test_internal_load_balancer_is_reported if {
	check.deny == {{"resource": "Http", "path": ["properties", "Protocol"], "msg": "Http serves HTTP without redirecting to HTTPS"}} with input as {"resources": [
		res("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internal"}),
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "LoadBalancerArn": lb_ref, "DefaultActions": [forward]}),
	]}
}

test_redirect_fixed_response_https_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [redirect]})]}
	count(check.deny) == 0 with input as {"resources": [res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}]})]}
	count(check.deny) == 0 with input as {"resources": [res("Https", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTPS", "DefaultActions": [forward]})]}
	count(check.deny) == 0 with input as {"resources": [res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [{"__unknown__": "Fn::If R", "refs": ["R"]}]})]}
}

listener_ref := {"__unknown__": "Ref Http", "refs": ["Http"], "__ref__": "Http"}

# Listener rules take precedence over the default action: one that forwards serves the
# application over the HTTP listener even when the default action redirects or answers itself.
test_forwarding_listener_rules_on_a_safe_default_are_reported if {
	check.deny == {{"resource": "Http", "path": ["properties", "Protocol"], "msg": "Http serves HTTP: listener rules Api, Web forward requests over it without redirecting to HTTPS"}} with input as {"resources": [
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}]}),
		res("Web", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": listener_ref, "Priority": 1, "Actions": [forward]}),
		res("Api", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": listener_ref, "Priority": 2, "Actions": [forward]}),
	]}
	check.deny == {{"resource": "Http", "path": ["properties", "Protocol"], "msg": "Http serves HTTP: listener rule Health forwards requests over it without redirecting to HTTPS"}} with input as {"resources": [
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [redirect]}),
		res("Health", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": listener_ref, "Priority": 1, "Actions": [forward]}),
	]}
}

test_rules_that_do_not_forward_elsewhere_or_on_https_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [redirect]}),
		res("Moved", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": listener_ref, "Priority": 1, "Actions": [redirect]}),
		res("Elsewhere", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": {"__unknown__": "Ref ListenerParam", "refs": ["ListenerParam"]}, "Priority": 2, "Actions": [forward]}),
		res("Https", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTPS", "DefaultActions": [redirect]}),
		res("Api", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": {"__unknown__": "Ref Https", "refs": ["Https"], "__ref__": "Https"}, "Priority": 1, "Actions": [forward]}),
	]}
}

# A listener already reported for its default action is reported once.
test_forwarding_default_with_forwarding_rules_is_reported_once if {
	check.deny == {{"resource": "Http", "path": ["properties", "Protocol"], "msg": "Http serves HTTP without redirecting to HTTPS"}} with input as {"resources": [
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [forward]}),
		res("Web", "AWS::ElasticLoadBalancingV2::ListenerRule", {"ListenerArn": listener_ref, "Priority": 1, "Actions": [forward]}),
	]}
}
