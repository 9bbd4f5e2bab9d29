package evident.checks.cloudformation.opensearch_at_rest_unencrypted_test

import data.evident.checks.cloudformation.opensearch_at_rest_unencrypted as check

domain(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

test_missing_without_enabled_and_false_are_reported if {
	check.deny == {
		{"resource": "A", "msg": "A does not enable EncryptionAtRestOptions"},
		{"resource": "B", "path": ["properties", "EncryptionAtRestOptions"], "msg": "B does not enable EncryptionAtRestOptions"},
		{"resource": "C", "path": ["properties", "EncryptionAtRestOptions", "Enabled"], "msg": "C sets EncryptionAtRestOptions.Enabled to false"},
		{"resource": "D", "path": ["properties", "EncryptionAtRestOptions", "Enabled"], "msg": "D sets EncryptionAtRestOptions.Enabled to false"},
		{"resource": "E", "msg": "E does not enable EncryptionAtRestOptions"},
	} with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"EngineVersion": "OpenSearch_2.11"}),
		domain("B", "AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"KmsKeyId": "alias/search"}}),
		domain("C", "AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": {"Enabled": false}}),
		domain("D", "AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": "False"}}),
		domain("E", "AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": null}),
	]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		domain("A", "AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": true}}),
		domain("B", "AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": {"Enabled": "true", "KmsKeyId": "alias/search"}}),
		domain("C", "AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": unknown("Encrypt")}}),
		domain("D", "AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": unknown("Options")}),
	]}
}
