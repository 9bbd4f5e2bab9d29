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

test_nested_credential_properties if {
	check.deny == {
		{"resource": "Endpoint", "path": ["properties", "MongoDbSettings", "Password"], "msg": "Endpoint sets MongoDbSettings.Password to a literal value in the template", "secret": true},
		{"resource": "App", "path": ["properties", "AccessToken"], "msg": "App sets AccessToken to a literal value in the template", "secret": true},
		{"resource": "App", "path": ["properties", "BasicAuthConfig", "Password"], "msg": "App sets BasicAuthConfig.Password to a literal value in the template", "secret": true},
		{"resource": "Search", "path": ["properties", "AdvancedSecurityOptions", "MasterUserOptions", "MasterUserPassword"], "msg": "Search sets AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword to a literal value in the template", "secret": true},
		{"resource": "Skill", "path": ["properties", "AuthenticationConfiguration", "RefreshToken"], "msg": "Skill sets AuthenticationConfiguration.RefreshToken to a literal value in the template", "secret": true},
	} with input as {"resources": [
		res("Endpoint", "AWS::DMS::Endpoint", {"EngineName": "mongodb", "MongoDbSettings": {"Username": "dms", "Password": "mongo-Pa55word"}}),
		res("App", "AWS::Amplify::App", {"AccessToken": "ghp_0123456789abcdef0123456789abcdef0123", "OauthToken": {"__unknown__": "Ref Token", "refs": ["Token"]}, "BasicAuthConfig": {"EnableBasicAuth": true, "Username": "preview", "Password": "preview-2024"}}),
		res("Search", "AWS::OpenSearchService::Domain", {"AdvancedSecurityOptions": {"Enabled": true, "MasterUserOptions": {"MasterUserName": "admin", "MasterUserPassword": "Search#Admin1"}}}),
		res("Skill", "Alexa::ASK::Skill", {"AuthenticationConfiguration": {"ClientId": "amzn1.application-oa2-client.1", "ClientSecret": "{{resolve:secretsmanager:alexa:SecretString:secret}}", "RefreshToken": "Atzr|IwEBIexample"}}),
	]}
}

test_nested_references_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Endpoint", "AWS::DMS::Endpoint", {"Password": {"__unknown__": "Ref DmsPassword", "refs": ["DmsPassword"]}, "MongoDbSettings": {"SecretsManagerSecretId": "dms-mongo"}}),
		res("Branch", "AWS::Amplify::Branch", {"BasicAuthConfig": {"Password": "{{resolve:ssm-secure:/preview/password}}"}}),
		res("User", "AWS::IAM::User", {"LoginProfile": {"Password": {"__unknown__": "Ref InitialPassword", "refs": ["InitialPassword"]}, "PasswordResetRequired": true}}),
		res("Other", "AWS::IAM::User", {"UserName": "ci"}),
	]}
}

test_data_service_credentials if {
	check.deny == {
		{"resource": "Warehouse", "path": ["properties", "AdminUserPassword"], "msg": "Warehouse sets AdminUserPassword to a literal value in the template", "secret": true},
		{"resource": "Partner", "path": ["properties", "SecretKey"], "msg": "Partner sets SecretKey to a literal value in the template", "secret": true},
		{"resource": "CacheUser", "path": ["properties", "Passwords", 0], "msg": "CacheUser sets Passwords[0] to a literal value in the template", "secret": true},
		{"resource": "MemoryUser", "path": ["properties", "AuthenticationMode", "Passwords", 1], "msg": "MemoryUser sets AuthenticationMode.Passwords[1] to a literal value in the template", "secret": true},
		{"resource": "Claims", "path": ["properties", "ConnectionInput", "ConnectionProperties", "PASSWORD"], "msg": "Claims sets ConnectionInput.ConnectionProperties.PASSWORD to a literal value in the template", "secret": true},
	} with input as {"resources": [
		res("Warehouse", "AWS::RedshiftServerless::Namespace", {"NamespaceName": "w", "AdminUserPassword": "Wareh0use-Adm1n"}),
		res("Partner", "AWS::DataSync::LocationObjectStorage", {"AccessKey": "partner", "SecretKey": "s3cr3t-key-value"}),
		res("CacheUser", "AWS::ElastiCache::User", {"UserId": "app", "Engine": "redis", "Passwords": ["Cache-User-Pass-1"]}),
		res("MemoryUser", "AWS::MemoryDB::User", {"AuthenticationMode": {"Type": "password", "Passwords": [{"__unknown__": "Ref Current", "refs": ["Current"]}, "Memory-User-Pass-2"]}}),
		res("Claims", "AWS::Glue::Connection", {"ConnectionInput": {"ConnectionType": "JDBC", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://claims:5432/claims", "USERNAME": "etl", "PASSWORD": "Claims-Etl-Pass"}}}),
		res("Records", "AWS::Glue::Connection", {"ConnectionInput": {"ConnectionType": "JDBC", "ConnectionProperties": {"SECRET_ID": "glue/records", "PASSWORD": "{{resolve:secretsmanager:glue/records:SecretString:password}}"}}}),
		res("IamUser", "AWS::ElastiCache::User", {"UserId": "iam", "AuthenticationMode": {"Type": "iam"}}),
	]}
}
