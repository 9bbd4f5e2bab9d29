package evident.checks.cloudformation.opensearch_serverless_public_test

import data.evident.checks.cloudformation.opensearch_serverless_public as check

policy(id, props) := {"id": id, "type": "AWS::OpenSearchServerless::SecurityPolicy", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_public_network_policies_are_reported if {
	check.deny == {
		{"resource": "NotesNetwork", "path": ["properties", "Policy"], "msg": "NotesNetwork opens its collections to the internet (AllowFromPublic true in rule 1)"},
	} with input as {"resources": [
		policy("NotesNetwork", {"Name": "notes", "Type": "network", "Policy": "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":true}]"}),
	]}
}

test_private_and_other_policies_pass if {
	count(check.deny) == 0 with input as {"resources": [
		policy("Vpce", {"Name": "notes", "Type": "network", "Policy": "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":false,\"SourceVPCEs\":[\"vpce-1\"]}]"}),
		policy("Encryption", {"Name": "notes", "Type": "encryption", "Policy": "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AWSOwnedKey\":true}"}),
		policy("FromParameter", {"Name": "notes", "Type": "network", "Policy": {"__unknown__": "Ref Policy", "refs": ["Policy"]}}),
	]}
}
