package evident.checks.cloudformation.alb_listener_outdated_tls_policy_test

import data.evident.checks.cloudformation.alb_listener_outdated_tls_policy as check

listener(props) := listener_named("Https", props)

listener_named(id, props) := {"id": id, "type": "AWS::ElasticLoadBalancingV2::Listener", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

default_msg(id) := sprintf("%s does not set SslPolicy: AWS applies ELBSecurityPolicy-2016-08, which allows TLS 1.0 and 1.1", [id])

test_old_policy_is_reported if {
	check.deny == {{"resource": "Https", "path": ["properties", "SslPolicy"], "msg": "Https uses SslPolicy ELBSecurityPolicy-2016-08, which allows TLS 1.0 or 1.1"}} with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-2016-08"})]}
}

outdated_names := [
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
	"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
	"ELBSecurityPolicy-TLS13-1-1-PQ-2025-09",
]

test_every_outdated_family_is_reported if {
	check.deny == {{"resource": sprintf("L%d", [i]), "path": ["properties", "SslPolicy"], "msg": sprintf("L%d uses SslPolicy %s, which allows TLS 1.0 or 1.1", [i, name])} |
		some i, name in outdated_names
	} with input as {"resources": [listener_named(sprintf("L%d", [i]), {"Protocol": "TLS", "SslPolicy": name}) | some i, name in outdated_names]}
}

test_https_or_tls_without_ssl_policy_is_reported if {
	check.deny == {
		{"resource": "Https", "msg": default_msg("Https")},
		{"resource": "Tls", "msg": default_msg("Tls")},
		{"resource": "NullPolicy", "msg": default_msg("NullPolicy")},
		{"resource": "EmptyPolicy", "msg": default_msg("EmptyPolicy")},
	} with input as {"resources": [
		listener({"Protocol": "HTTPS", "Port": 443}),
		listener_named("Tls", {"Protocol": "TLS", "Port": 6443}),
		listener_named("NullPolicy", {"Protocol": "HTTPS", "SslPolicy": null}),
		listener_named("EmptyPolicy", {"Protocol": "TLS", "SslPolicy": ""}),
	]}
}

test_modern_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})]}
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "TLS", "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"})]}
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"})]}
	count(check.deny) == 0 with input as {"resources": [listener({"Protocol": "HTTPS", "SslPolicy": {"__unknown__": "Ref P", "refs": ["P"]}})]}
}

test_no_policy_on_other_absent_or_unknown_protocol_passes if {
	count(check.deny) == 0 with input as {"resources": [
		listener_named("Http", {"Protocol": "HTTP", "Port": 80}),
		listener_named("Tcp", {"Protocol": "TCP", "Port": 5432}),
		listener_named("NoProtocol", {"Port": 80}),
		listener_named("Unknown", {"Protocol": {"__unknown__": "Ref Protocol", "refs": ["Protocol"]}}),
	]}
}
