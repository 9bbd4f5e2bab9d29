package evident.checks.cloudformation.opensearch_in_transit_unencrypted_test

import data.evident.checks.cloudformation.opensearch_in_transit_unencrypted as check

domain(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

https := {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"}

n2n := {"Enabled": true}

test_every_problem if {
	check.deny == {
		{"resource": "A", "msg": "A does not enable NodeToNodeEncryptionOptions"},
		{"resource": "A", "path": ["properties", "DomainEndpointOptions", "EnforceHTTPS"], "msg": "A sets DomainEndpointOptions.EnforceHTTPS to false"},
		{"resource": "A", "path": ["properties", "DomainEndpointOptions", "TLSSecurityPolicy"], "msg": "A accepts TLS 1.0 (Policy-Min-TLS-1-0-2019-07)"},
	} with input as {"resources": [domain("A", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": false, "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"}})]}
}

test_node_to_node_without_enabled_and_false_strings if {
	check.deny == {
		{"resource": "A", "path": ["properties", "NodeToNodeEncryptionOptions"], "msg": "A does not enable NodeToNodeEncryptionOptions"},
		{"resource": "B", "path": ["properties", "NodeToNodeEncryptionOptions", "Enabled"], "msg": "B sets NodeToNodeEncryptionOptions.Enabled to false"},
		{"resource": "C", "path": ["properties", "DomainEndpointOptions", "EnforceHTTPS"], "msg": "C sets DomainEndpointOptions.EnforceHTTPS to false"},
	} with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {}, "DomainEndpointOptions": https}),
		domain("B", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": "false"}, "DomainEndpointOptions": https}),
		domain("C", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": n2n, "DomainEndpointOptions": {"EnforceHTTPS": "FALSE"}}),
	]}
}

test_https_not_set if {
	check.deny == {
		{"resource": "A", "msg": "A does not enforce HTTPS (no DomainEndpointOptions)"},
		{"resource": "B", "msg": "B does not enforce HTTPS (no DomainEndpointOptions)"},
		{"resource": "C", "path": ["properties", "DomainEndpointOptions"], "msg": "C does not enforce HTTPS (DomainEndpointOptions without EnforceHTTPS)"},
	} with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n}),
		domain("B", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": n2n, "AdvancedSecurityOptions": {"Enabled": "false"}}),
		domain("C", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "DomainEndpointOptions": {"TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"}}),
	]}
}

test_https_not_set_with_advanced_security_pass if {
	count(check.deny) == 0 with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "AdvancedSecurityOptions": {"Enabled": true}}),
		domain("B", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "AdvancedSecurityOptions": {"Enabled": "true"}, "DomainEndpointOptions": {"TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"}}),
		domain("C", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "AdvancedSecurityOptions": {"Enabled": unknown("Fgac")}}),
		domain("D", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "AdvancedSecurityOptions": unknown("Security")}),
	]}
}

test_compliant_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": n2n, "DomainEndpointOptions": {"EnforceHTTPS": true}}),
		domain("B", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": "true"}, "DomainEndpointOptions": {"EnforceHTTPS": "true", "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}}),
		domain("C", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": unknown("N2n")}, "DomainEndpointOptions": {"EnforceHTTPS": unknown("Https"), "TLSSecurityPolicy": unknown("Tls")}}),
		domain("D", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": unknown("N2nOptions"), "DomainEndpointOptions": unknown("Endpoint")}),
	]}
}
