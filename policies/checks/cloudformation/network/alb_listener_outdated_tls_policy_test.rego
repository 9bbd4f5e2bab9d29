package evident.checks.cloudformation.alb_listener_outdated_tls_policy_test

import data.evident.checks.cloudformation.alb_listener_outdated_tls_policy as check

listener(props) := {"id": "Https", "type": "AWS::ElasticLoadBalancingV2::Listener", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_old_policy_is_reported if {
	check.deny == {{"resource": "Https", "path": ["properties", "SslPolicy"], "msg": "Https uses SslPolicy ELBSecurityPolicy-2016-08, which allows TLS 1.0 or 1.1"}} with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-2016-08"})]}
}

test_modern_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})]}
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS"})]}
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": {"__unknown__": "Ref P", "refs": ["P"]}})]}
}
