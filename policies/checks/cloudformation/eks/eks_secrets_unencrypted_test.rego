package evident.checks.cloudformation.eks_secrets_unencrypted_test

import data.evident.checks.cloudformation.eks_secrets_unencrypted as check

cluster(id, props) := {"id": id, "type": "AWS::EKS::Cluster", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

key := {"__unknown__": "Fn::GetAtt EksKey.Arn", "refs": ["EksKey.Arn"], "__ref__": "EksKey"}

test_missing_empty_resources_and_key if {
	check.deny == {
		{"resource": "A", "msg": "A has no EncryptionConfig: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "B", "msg": "B has no EncryptionConfig: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "C", "path": ["properties", "EncryptionConfig"], "msg": "C sets EncryptionConfig to an empty list: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "D", "path": ["properties", "EncryptionConfig", 0, "Resources"], "msg": "D EncryptionConfig does not list secrets in Resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "E", "path": ["properties", "EncryptionConfig", 0], "msg": "E EncryptionConfig does not list secrets in Resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "F", "path": ["properties", "EncryptionConfig", 0, "Provider", "KeyArn"], "msg": "F EncryptionConfig names no KMS key (Provider.KeyArn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "G", "path": ["properties", "EncryptionConfig", 0, "Provider"], "msg": "G EncryptionConfig names no KMS key (Provider.KeyArn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "H", "path": ["properties", "EncryptionConfig", 0], "msg": "H EncryptionConfig names no KMS key (Provider.KeyArn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "I", "path": ["properties", "EncryptionConfig", 0, "Resources"], "msg": "I EncryptionConfig does not list secrets in Resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
	} with input as {"resources": [
		cluster("A", {"Name": "a"}),
		cluster("B", {"EncryptionConfig": null}),
		cluster("C", {"EncryptionConfig": []}),
		cluster("D", {"EncryptionConfig": [{"Resources": [], "Provider": {"KeyArn": key}}]}),
		cluster("E", {"EncryptionConfig": [{"Provider": {"KeyArn": key}}]}),
		cluster("F", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {"KeyArn": ""}}]}),
		cluster("G", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {}}]}),
		cluster("H", {"EncryptionConfig": [{"Resources": ["secrets"]}]}),
		cluster("I", {"EncryptionConfig": [{"Resources": ["configmaps"], "Provider": {"KeyArn": key}}]}),
	]}
}

test_customer_key_passes if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {"KeyArn": key}}]}),
		cluster("B", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {"KeyArn": "arn:aws:kms:eu-central-1:111122223333:key/1"}}]}),
		cluster("C", {"EncryptionConfig": [{"Resources": "secrets", "Provider": {"KeyArn": "alias/eks"}}]}),
	]}
}

test_unknown_values_pass if {
	unknown := {"__unknown__": "Ref P", "refs": ["P"]}
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"EncryptionConfig": unknown}),
		cluster("B", {"EncryptionConfig": [unknown]}),
		cluster("C", {"EncryptionConfig": [{"Resources": unknown, "Provider": {"KeyArn": key}}]}),
		cluster("D", {"EncryptionConfig": [{"Resources": [unknown], "Provider": {"KeyArn": key}}]}),
		cluster("E", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": unknown}]}),
		cluster("F", {"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {"KeyArn": unknown}}]}),
	]}
}

test_one_good_entry_is_enough if {
	count(check.deny) == 0 with input as {"resources": [cluster("A", {"EncryptionConfig": [
		{"Resources": [], "Provider": {"KeyArn": key}},
		{"Resources": ["secrets"], "Provider": {"KeyArn": key}},
	]})]}
	count(check.deny) == 0 with input as {"resources": [cluster("A", {"EncryptionConfig": [
		{"Resources": ["secrets"], "Provider": {"KeyArn": ""}},
		{"Resources": ["secrets"], "Provider": {"KeyArn": key}},
	]})]}
}

# A value not of the documented shape (a list of {Provider, Resources} objects) is not judged.
test_malformed_config_is_not_judged if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"EncryptionConfig": ["secrets"]}),
		cluster("B", {"EncryptionConfig": {"Provider": {"KeyArn": ""}}}),
	]}
}
