package evident.checks.cloudformation.codebuild_plaintext_credentials_test

import data.evident.checks.cloudformation.codebuild_plaintext_credentials as check

project(variables) := {
	"id": "Build", "type": "AWS::CodeBuild::Project", "properties": {
		"ServiceRole": "arn:aws:iam::123456789012:role/codebuild",
		"Environment": {"ComputeType": "BUILD_GENERAL1_SMALL", "Image": "aws/codebuild/standard:7.0", "Type": "LINUX_CONTAINER", "EnvironmentVariables": variables},
	},
	"dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9,
}

var(name, value) := {"Name": name, "Value": value}

typed(name, value, type) := {"Name": name, "Value": value, "Type": type}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

finding(j, msg) := {"resource": "Build", "path": ["properties", "Environment", "EnvironmentVariables", j, "Value"], "msg": msg, "secret": true}

test_aws_keys_and_secret_names_are_reported if {
	check.deny == {
		finding(0, "Build sets AWS_ACCESS_KEY_ID (an AWS access key ID) as a plaintext environment variable"),
		finding(1, "Build sets AWS_SECRET_ACCESS_KEY (a secret by its name) as a plaintext environment variable"),
		finding(3, "Build sets DB_PASSWORD (a secret by its name) as a plaintext environment variable"),
		finding(4, "Build sets DATABASE_URL (a connection string with an embedded password) as a plaintext environment variable"),
		finding(5, "Build sets LEGACY_KEY (an AWS access key ID) as a plaintext environment variable"),
	} with input as {"resources": [project([
		var("AWS_ACCESS_KEY_ID", "AKIA2OGYBAH6STMMNXNN"),
		typed("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", "PLAINTEXT"),
		var("STAGE", "prod"),
		typed("DB_PASSWORD", "Chang3Me-Clinic!", null),
		var("DATABASE_URL", "postgres://app:S3cretPass@records.internal:5432/clinic"),
		var("LEGACY_KEY", "ASIA2OGYBAH6STMMNXNN"),
	])]}
}

test_access_key_id_by_its_name if {
	check.deny == {finding(0, "Build sets AWS_ACCESS_KEY_ID (an AWS access key ID by its name) as a plaintext environment variable")} with input as {"resources": [project([
		var("AWS_ACCESS_KEY_ID", "minio-ci-2024"),
		var("aws_access_key_id", "changeme"),
		var("AWS_ACCESS_KEY_ID", "test"),
	])]}
}

test_parameter_store_secrets_manager_and_unknown_types_pass if {
	count(check.deny) == 0 with input as {"resources": [project([
		typed("AWS_SECRET_ACCESS_KEY", "/ci/deploy/aws-secret-key", "PARAMETER_STORE"),
		typed("DB_PASSWORD", "clinic/db:password", "SECRETS_MANAGER"),
		typed("API_TOKEN", "tok-9f2KqL7xV3mZ8wP1", param("TokenType")),
	])]}
}

test_unknown_values_dynamic_references_and_placeholders_pass if {
	count(check.deny) == 0 with input as {"resources": [project([
		var("AWS_SECRET_ACCESS_KEY", param("AwsSecretAccessKey")),
		var("DB_PASSWORD", "{{resolve:secretsmanager:clinic/db:SecretString:password}}"),
		var("API_TOKEN", {"__unknown__": "Fn::GetAtt Token.Value", "refs": ["Token"], "__ref__": "Token"}),
		var("GITHUB_TOKEN", "<your-token>"),
		var("ADMIN_PASSWORD", "changeme"),
		var("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
		var("PIN_TOKEN", "abc"),
	])]}
}

test_unknown_or_missing_lists_pass if {
	count(check.deny) == 0 with input as {"resources": [
		project(param("Variables")),
		{"id": "B", "type": "AWS::CodeBuild::Project", "properties": {"Environment": param("Env")}},
		{"id": "C", "type": "AWS::CodeBuild::Project", "properties": {"Environment": {"Image": "aws/codebuild/standard:7.0"}}},
		project([param("Variable")]),
	]}
}
