package evident.checks.terraform.codebuild_encryption_disabled_test

import data.evident.checks.terraform.codebuild_encryption_disabled as check
import data.evident.lib.tf_fixtures_test as tf

project(name, config) := tf.res("aws_codebuild_project", name, object.union({"name": name, "service_role": "arn:aws:iam::123456789012:role/build"}, config))

test_disabled_artifacts_and_logs_are_reported if {
	check.deny == {
		{"resource": "aws_codebuild_project.a", "path": ["config", "artifacts", 0, "encryption_disabled"], "msg": "aws_codebuild_project.a writes its build artifacts unencrypted (encryption_disabled = true)"},
		{"resource": "aws_codebuild_project.a", "path": ["config", "secondary_artifacts", 1, "encryption_disabled"], "msg": "aws_codebuild_project.a writes its secondary artifacts exports unencrypted (encryption_disabled = true)"},
		{"resource": "aws_codebuild_project.a", "path": ["config", "logs_config", 0, "s3_logs", 0, "encryption_disabled"], "msg": "aws_codebuild_project.a writes its S3 build logs unencrypted (encryption_disabled = true)"},
	} with input as tf.doc([project("a", {
		"artifacts": [{"type": "S3", "location": "clinic-builds", "encryption_disabled": true}],
		"secondary_artifacts": [
			{"type": "S3", "artifact_identifier": "reports", "location": "clinic-builds"},
			{"type": "S3", "artifact_identifier": "exports", "location": "clinic-builds", "encryption_disabled": true},
		],
		"logs_config": [{"s3_logs": [{"status": "ENABLED", "location": "clinic-build-logs/a", "encryption_disabled": true}]}],
	})])
}

# The default, false, unknown, artifact types where the setting does not apply.
test_encrypted_unknown_and_other_types_pass if {
	count(check.deny) == 0 with input as tf.doc([
		project("a", {"artifacts": [{"type": "S3", "location": "clinic-builds"}], "logs_config": [{"s3_logs": [{"status": "ENABLED", "encryption_disabled": false}]}]}),
		project("b", {"artifacts": [{"type": "S3", "encryption_disabled": tf.unknown("var.plain")}]}),
		project("c", {"artifacts": [{"type": "NO_ARTIFACTS", "encryption_disabled": true}]}),
		project("d", {"artifacts": [{"type": "CODEPIPELINE", "encryption_disabled": true}]}),
	])
}

# Artifacts without a type (Trivy's examples) are judged: the setting applies to S3, the type to set.
test_artifacts_without_a_type if {
	check.deny == {{"resource": "aws_codebuild_project.a", "path": ["config", "artifacts", 0, "encryption_disabled"], "msg": "aws_codebuild_project.a writes its build artifacts unencrypted (encryption_disabled = true)"}} with input as tf.doc([project("a", {"artifacts": [{"encryption_disabled": true}]})])
}
