package evident.checks.cloudformation.data_store_policy_public_test

import data.evident.checks.cloudformation.data_store_policy_public as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

policy(statements) := {"Version": "2012-10-17", "Statement": statements}

anyone(action) := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": action, "Resource": "*"}

msg(id, action) := sprintf("%s has a policy that allows %s to anyone (Principal \"*\" without a condition)", [id, action])

test_public_policies if {
	check.deny == {
		{"resource": "SecretPolicy", "path": ["properties", "ResourcePolicy"], "msg": msg("SecretPolicy", "secretsmanager:GetSecretValue")},
		{"resource": "StreamPolicy", "path": ["properties", "ResourcePolicy"], "msg": msg("StreamPolicy", "kinesis:*")},
		{"resource": "Vault", "path": ["properties", "AccessPolicy"], "msg": msg("Vault", "backup:*")},
		{"resource": "Claims", "path": ["properties", "ResourcePolicy", "PolicyDocument"], "msg": msg("Claims", "dynamodb:GetItem")},
		{"resource": "Claims", "path": ["properties", "StreamSpecification", "ResourcePolicy", "PolicyDocument"], "msg": msg("Claims", "dynamodb:GetRecords")},
		{"resource": "Search", "path": ["properties", "AccessPolicies"], "msg": msg("Search", "es:*")},
	} with input as {"resources": [
		res("SecretPolicy", "AWS::SecretsManager::ResourcePolicy", {"SecretId": {"__unknown__": "Ref DbSecret", "refs": ["DbSecret"], "__ref__": "DbSecret"}, "ResourcePolicy": json.marshal(policy([anyone("secretsmanager:GetSecretValue")]))}),
		res("StreamPolicy", "AWS::Kinesis::ResourcePolicy", {"ResourcePolicy": policy([anyone("kinesis:*")])}),
		res("Vault", "AWS::Backup::BackupVault", {"BackupVaultName": "records", "AccessPolicy": policy([anyone("backup:*")])}),
		res("Claims", "AWS::DynamoDB::Table", {
			"ResourcePolicy": {"PolicyDocument": policy([anyone("dynamodb:GetItem")])},
			"StreamSpecification": {"StreamViewType": "NEW_IMAGE", "ResourcePolicy": {"PolicyDocument": policy([anyone("dynamodb:GetRecords")])}},
		}),
		res("Search", "AWS::OpenSearchService::Domain", {"AccessPolicies": policy([anyone("es:*")]), "AdvancedSecurityOptions": {"Enabled": false}}),
	]}
}

test_restricted_or_private if {
	count(check.deny) == 0 with input as {"resources": [
		res("OrgSecret", "AWS::SecretsManager::ResourcePolicy", {"ResourcePolicy": policy([object.union(anyone("secretsmanager:GetSecretValue"), {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})])}),
		res("Table", "AWS::DynamoDB::Table", {"BillingMode": "PAY_PER_REQUEST"}),
		res("VpcSearch", "AWS::OpenSearchService::Domain", {"VPCOptions": {"SubnetIds": ["subnet-1"]}, "AccessPolicies": policy([anyone("es:*")])}),
		res("FgacSearch", "AWS::Elasticsearch::Domain", {"AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": true}, "AccessPolicies": policy([anyone("es:*")])}),
		res("MaybeFgac", "AWS::OpenSearchService::Domain", {"AdvancedSecurityOptions": {"__unknown__": "Fn::If UseFgac", "refs": []}, "AccessPolicies": policy([anyone("es:*")])}),
		res("ParamPolicy", "AWS::Backup::BackupVault", {"AccessPolicy": {"__unknown__": "Ref VaultPolicy", "refs": ["VaultPolicy"]}}),
	]}
}
