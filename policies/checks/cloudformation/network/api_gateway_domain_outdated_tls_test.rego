package evident.checks.cloudformation.api_gateway_domain_outdated_tls_test

import data.evident.checks.cloudformation.api_gateway_domain_outdated_tls as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

domain(id, props) := res(id, "AWS::ApiGateway::DomainName", object.union({"DomainName": "api.example.org"}, props))

api(id, props) := res(id, "AWS::Serverless::Api", object.union({"StageName": "prod"}, props))

globals_api(props) := [{"id": "Globals.Api", "section": "Api", "properties": props, "file": "t.yaml", "startLine": 2, "endLine": 4}]

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

test_default_and_tls10 if {
	check.deny == {
		{"resource": "A", "msg": "A does not set SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)"},
		{"resource": "B", "path": ["properties", "SecurityPolicy"], "msg": "B sets SecurityPolicy to TLS_1_0"},
		{"resource": "C", "msg": "C does not set SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)"},
	} with input as {"resources": [
		domain("A", {}),
		domain("B", {"SecurityPolicy": "TLS_1_0"}),
		domain("C", {"EndpointConfiguration": {"Types": ["REGIONAL"]}}),
	]}
}

test_tls12_enhanced_private_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		domain("A", {"SecurityPolicy": "TLS_1_2"}),
		domain("B", {"SecurityPolicy": "SecurityPolicy_TLS13_1_3_2025_09", "EndpointAccessMode": "STRICT"}),
		domain("C", {"SecurityPolicy": param("Policy")}),
		domain("D", {"EndpointConfiguration": {"Types": ["PRIVATE"]}}),
		domain("E", {"EndpointConfiguration": {"Types": param("Types")}}),
		domain("F", {"EndpointConfiguration": {"Types": [param("Type")]}}),
		domain("G", {"EndpointConfiguration": param("Endpoint")}),
	]}
}

test_sam_api_domain if {
	check.deny == {
		{"resource": "A", "path": ["properties", "Domain"], "msg": "A does not set Domain.SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)"},
		{"resource": "B", "path": ["properties", "Domain", "SecurityPolicy"], "msg": "B sets Domain.SecurityPolicy to TLS_1_0"},
	} with input as {"resources": [
		api("A", {"Domain": {"DomainName": "api.example.org", "CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/x"}}),
		api("B", {"Domain": {"DomainName": "b.example.org", "SecurityPolicy": "TLS_1_0"}}),
		api("C", {}),
		api("D", {"Domain": {"DomainName": "d.example.org", "SecurityPolicy": "TLS_1_2"}}),
		api("E", {"Domain": {"DomainName": "e.example.org", "EndpointConfiguration": "PRIVATE"}}),
		api("F", {"Domain": {"DomainName": "f.example.org", "SecurityPolicy": param("Policy")}}),
		api("G", {"Domain": param("Domain")}),
		api("H", {"Domain": {"DomainName": "h.example.org", "EndpointConfiguration": param("Endpoint")}}),
	]}
}

test_sam_globals_domain if {
	# The Globals Domain applies to every API; one that sets its own policy overrides it.
	check.deny == {{"resource": "A", "msg": "A sets Domain.SecurityPolicy to TLS_1_0"}} with input as {
		"resources": [api("A", {}), api("B", {"Domain": {"SecurityPolicy": "TLS_1_2"}})],
		"globals": globals_api({"Domain": {"DomainName": "api.example.org", "SecurityPolicy": "TLS_1_0"}}),
	}
	check.deny == {{"resource": "A", "msg": "A does not set Domain.SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)"}} with input as {
		"resources": [api("A", {})],
		"globals": globals_api({"Domain": {"DomainName": "api.example.org"}}),
	}
	count(check.deny) == 0 with input as {
		"resources": [api("A", {"Domain": {"DomainName": "a.example.org"}})],
		"globals": globals_api({"Domain": {"SecurityPolicy": "TLS_1_2"}}),
	}
}
