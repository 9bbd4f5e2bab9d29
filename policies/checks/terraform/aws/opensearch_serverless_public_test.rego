package evident.checks.terraform.opensearch_serverless_public_test

import data.evident.checks.terraform.opensearch_serverless_public as check

policy(name, config) := {
	"id": concat(".", ["aws_opensearchserverless_security_policy", name]), "mode": "managed", "type": "aws_opensearchserverless_security_policy", "name": name,
	"file": "search.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_public_network_policies_are_reported if {
	check.deny == {
		{"resource": "aws_opensearchserverless_security_policy.list", "path": ["config", "policy"], "msg": "aws_opensearchserverless_security_policy.list opens its collections to the internet (AllowFromPublic true in rule 2)"},
		{"resource": "aws_opensearchserverless_security_policy.single", "path": ["config", "policy"], "msg": "aws_opensearchserverless_security_policy.single opens its collections to the internet (AllowFromPublic true in rule 1)"},
		{"resource": "aws_opensearchserverless_security_policy.partial", "path": ["config", "policy"], "msg": "aws_opensearchserverless_security_policy.partial opens its collections to the internet (AllowFromPublic true in rule 1)"},
	} with input as {"type": "terraform", "resources": [
		policy("list", {"type": "network", "policy": "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":false,\"SourceVPCEs\":[\"vpce-1\"]},{\"Rules\":[{\"ResourceType\":\"dashboard\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":true}]"}),
		policy("single", {"type": "network", "policy": "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":true}"}),
		policy("partial", {"type": "network", "policy": {"__unknown__": "jsonencode(...)", "refs": ["var.collection"], "partial": [{"Rules": [{"ResourceType": "collection", "Resource": [{"__unknown__": "var.collection"}]}], "AllowFromPublic": true}]}}),
	]}
}

test_private_and_other_policies_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		policy("vpce", {"type": "network", "policy": "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AllowFromPublic\":false,\"SourceVPCEs\":[\"vpce-1\"]}]"}),
		policy("encryption", {"type": "encryption", "policy": "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/notes\"]}],\"AWSOwnedKey\":true}"}),
		policy("variable", {"type": "network", "policy": {"__unknown__": "var.policy", "refs": ["var.policy"]}}),
	]}
}
