package evident.checks.cloudformation.resource_literal_secret_test

import data.evident.checks.cloudformation.resource_literal_secret as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_literal_passwords_are_reported if {
	check.deny == {
		{"resource": "Db", "path": ["properties", "MasterUserPassword"], "msg": "Db sets MasterUserPassword to a literal value in the template", "secret": true},
		{"resource": "Broker", "path": ["properties", "Users", 1, "Password"], "msg": "Broker sets Users[1].Password to a literal value in the template", "secret": true},
	} with input as {"resources": [
		res("Db", "AWS::RDS::DBInstance", {"MasterUsername": "admin", "MasterUserPassword": "Winter2024!"}),
		res("Broker", "AWS::AmazonMQ::Broker", {"Users": [{"Username": "a", "Password": {"__unknown__": "Ref P", "refs": ["P"]}}, {"Username": "b", "Password": "changeit-now-123"}]}),
	]}
}

test_references_dynamic_and_generated_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Db", "AWS::RDS::DBInstance", {"MasterUserPassword": {"__unknown__": "Ref DbPassword", "refs": ["DbPassword"]}}),
		res("Cluster", "AWS::RDS::DBCluster", {"MasterUserPassword": "{{resolve:secretsmanager:db:SecretString:password}}"}),
		res("Secret", "AWS::SecretsManager::Secret", {"GenerateSecretString": {"PasswordLength": 32}}),
		res("Cache", "AWS::ElastiCache::ReplicationGroup", {"AuthToken": {"__unknown__": "Fn::Sub {{resolve:...}}", "refs": []}}),
	]}
}
