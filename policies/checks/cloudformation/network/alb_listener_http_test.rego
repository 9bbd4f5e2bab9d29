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

test_redirect_internal_https_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [redirect]})]}
	count(check.deny) == 0 with input as {"resources": [
		res("Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internal"}),
		res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "LoadBalancerArn": lb_ref, "DefaultActions": [forward]}),
	]}
	count(check.deny) == 0 with input as {"resources": [res("Https", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTPS", "DefaultActions": [forward]})]}
	count(check.deny) == 0 with input as {"resources": [res("Http", "AWS::ElasticLoadBalancingV2::Listener", {"Protocol": "HTTP", "DefaultActions": [{"__unknown__": "Fn::If R", "refs": ["R"]}]})]}
}
