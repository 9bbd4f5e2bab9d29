package evident.checks.terraform.codebuild_plaintext_credentials_test

import data.evident.checks.terraform.codebuild_plaintext_credentials as check
import data.evident.lib.tf_fixtures_test as tf

project(name, variables) := tf.res("aws_codebuild_project", name, {
	"name": name,
	"service_role": "arn:aws:iam::123456789012:role/codebuild",
	"environment": [{
		"compute_type": "BUILD_GENERAL1_SMALL",
		"image": "aws/codebuild/standard:7.0",
		"type": "LINUX_CONTAINER",
		"environment_variable": variables,
	}],
})

var(name, value) := {"name": name, "value": value}

typed(name, value, type) := {"name": name, "value": value, "type": type}

finding(id, j, msg) := {"resource": id, "path": ["config", "environment", 0, "environment_variable", j, "value"], "msg": msg, "secret": true}

test_aws_keys_and_secret_names_are_reported if {
	check.deny == {
		finding("aws_codebuild_project.deploy", 0, "aws_codebuild_project.deploy sets AWS_ACCESS_KEY_ID (an AWS access key ID) as a plaintext environment variable"),
		finding("aws_codebuild_project.deploy", 1, "aws_codebuild_project.deploy sets AWS_SECRET_ACCESS_KEY (a secret by its name) as a plaintext environment variable"),
		finding("aws_codebuild_project.deploy", 3, "aws_codebuild_project.deploy sets DB_PASSWORD (a secret by its name) as a plaintext environment variable"),
		finding("aws_codebuild_project.deploy", 4, "aws_codebuild_project.deploy sets DATABASE_URL (a connection string with an embedded password) as a plaintext environment variable"),
		finding("aws_codebuild_project.deploy", 5, "aws_codebuild_project.deploy sets LEGACY_KEY (an AWS access key ID) as a plaintext environment variable"),
	} with input as tf.doc([project("deploy", [
		var("AWS_ACCESS_KEY_ID", "AKIA2OGYBAH6STMMNXNN"),
		typed("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", "PLAINTEXT"),
		var("STAGE", "prod"),
		typed("DB_PASSWORD", "Chang3Me-Clinic!", null),
		var("DATABASE_URL", "postgres://app:S3cretPass@records.internal:5432/clinic"),
		var("LEGACY_KEY", "ASIA2OGYBAH6STMMNXNN"),
	])])
}

# AWS_ACCESS_KEY_ID ends in _ID, which the name test leaves out: a key-shaped
# value that is not an AKIA/ASIA id (a MinIO or LocalStack key) is reported by
# the name; a placeholder or a word is not.
test_access_key_id_by_its_name if {
	check.deny == {finding("aws_codebuild_project.it", 0, "aws_codebuild_project.it sets AWS_ACCESS_KEY_ID (an AWS access key ID by its name) as a plaintext environment variable")} with input as tf.doc([project("it", [
		var("AWS_ACCESS_KEY_ID", "minio-ci-2024"),
		var("aws_access_key_id", "changeme"),
		var("AWS_ACCESS_KEY_ID", "test"),
	])])
}

test_parameter_store_secrets_manager_and_unknown_types_pass if {
	count(check.deny) == 0 with input as tf.doc([project("deploy", [
		typed("AWS_SECRET_ACCESS_KEY", "/ci/deploy/aws-secret-key", "PARAMETER_STORE"),
		typed("DB_PASSWORD", "clinic/db:password", "SECRETS_MANAGER"),
		typed("API_TOKEN", "tok-9f2KqL7xV3mZ8wP1", tf.unknown("var.token_type")),
	])])
}

test_unknown_values_placeholders_and_locations_pass if {
	count(check.deny) == 0 with input as tf.doc([project("deploy", [
		var("AWS_SECRET_ACCESS_KEY", tf.unknown("var.aws_secret_access_key")),
		var("DB_PASSWORD", tf.unknown("data.aws_secretsmanager_secret_version.db.secret_string")),
		var("API_TOKEN", {"__unknown__": "\"tok-${var.suffix}\"", "refs": ["var.suffix"]}),
		var("GITHUB_TOKEN", "<your-token>"),
		var("ADMIN_PASSWORD", "changeme"),
		var("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
		var("JWT_SECRET_PARAMETER", "/clinic/jwt"),
		var("PIN_TOKEN", "abc"),
		var("IMAGE_TAG", "v1.4.2"),
	])])
}

test_committed_variable_values_are_left_to_the_variable_check if {
	count(check.deny) == 0 with input as object.union(tf.doc([project("deploy", [var("DB_PASSWORD", "Chang3Me-Clinic!")])]), {"variables": [{"name": "db_password", "default": "Chang3Me-Clinic!"}]})
}

test_plan_files_pass if {
	count(check.deny) == 0 with input as object.union(tf.doc([project("deploy", [var("DB_PASSWORD", "Chang3Me-Clinic!")])]), {"format": "plan"})
}

# A block written as an object (Terraform 0.11, plans) is located without an index.
test_blocks_written_as_objects if {
	check.deny == {{"resource": "aws_codebuild_project.old", "path": ["config", "environment", "environment_variable", "value"], "msg": "aws_codebuild_project.old sets DB_PASSWORD (a secret by its name) as a plaintext environment variable", "secret": true}} with input as tf.doc([tf.res("aws_codebuild_project", "old", {"environment": {"environment_variable": {"name": "DB_PASSWORD", "value": "Chang3Me-Clinic!"}}})])
}

test_dynamic_blocks_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_codebuild_project", "dyn", {"environment": [{"dynamic": {"environment_variable": [{"for_each": tf.unknown("var.env"), "content": [{"name": "DB_PASSWORD", "value": "Chang3Me-Clinic!"}]}]}}]})])
}
