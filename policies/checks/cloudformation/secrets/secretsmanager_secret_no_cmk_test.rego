package evident.checks.cloudformation.secretsmanager_secret_no_cmk_test

import data.evident.checks.cloudformation.secretsmanager_secret_no_cmk as check

secret(id, props) := {"id": id, "type": "AWS::SecretsManager::Secret", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_no_key_and_empty_key if {
	check.deny == {
		{"resource": "Db", "msg": "Db has no KmsKeyId (encrypted with the AWS managed key)"},
		{"resource": "Api", "msg": "Api has no KmsKeyId (encrypted with the AWS managed key)"},
		{"resource": "Etl", "path": ["properties", "KmsKeyId"], "msg": "Etl sets KmsKeyId to an empty string (encrypted with the AWS managed key)"},
	} with input as {"resources": [
		secret("Db", {"Name": "prod/db", "GenerateSecretString": {"PasswordLength": 32}}),
		secret("Api", {"KmsKeyId": null}),
		secret("Etl", {"KmsKeyId": ""}),
	]}
}

test_the_aws_managed_key_named_explicitly if {
	check.deny == {
		{"resource": "A", "path": ["properties", "KmsKeyId"], "msg": "A sets KmsKeyId to the AWS managed key (alias/aws/secretsmanager)"},
		{"resource": "B", "path": ["properties", "KmsKeyId"], "msg": "B sets KmsKeyId to the AWS managed key (arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager)"},
		{"resource": "C", "path": ["properties", "KmsKeyId"], "msg": "C sets KmsKeyId to the AWS managed key (arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/secretsmanager)"},
	} with input as {"resources": [
		secret("A", {"KmsKeyId": "alias/aws/secretsmanager"}),
		secret("B", {"KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager"}),
		secret("C", {"KmsKeyId": {"__unknown__": "Fn::Sub", "refs": ["AWS::Partition", "AWS::Region", "AWS::AccountId"], "template": "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/secretsmanager"}}),
		secret("D", {"KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:alias/records-secrets"}),
	]}
}

test_customer_keys_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		secret("A", {"KmsKeyId": "alias/secrets"}),
		secret("B", {"KmsKeyId": {"__unknown__": "Fn::GetAtt SecretsKey.Arn", "refs": ["SecretsKey.Arn"], "__ref__": "SecretsKey", "attribute": "Arn"}}),
		secret("C", {"KmsKeyId": {"__unknown__": "Ref KeyArn", "refs": ["KeyArn"]}}),
		secret("D", {"KmsKeyId": {"__unknown__": "Fn::Sub", "refs": ["AWS::Region"], "template": "arn:aws:kms:${AWS::Region}:111122223333:alias/records-secrets"}}),
		secret("E", {"KmsKeyId": {"__unknown__": "Fn::ImportValue", "refs": []}}),
	]}
}
