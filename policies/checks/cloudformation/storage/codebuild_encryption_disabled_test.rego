package evident.checks.cloudformation.codebuild_encryption_disabled_test

import data.evident.checks.cloudformation.codebuild_encryption_disabled as check

project(props) := {"id": "ExportsBuild", "type": "AWS::CodeBuild::Project", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 30}

test_disabled_artifacts_and_logs_are_reported if {
	check.deny == {
		{"resource": "ExportsBuild", "path": ["properties", "Artifacts", "EncryptionDisabled"], "msg": "ExportsBuild writes its build artifacts unencrypted (EncryptionDisabled: true)"},
		{"resource": "ExportsBuild", "path": ["properties", "SecondaryArtifacts", 1, "EncryptionDisabled"], "msg": "ExportsBuild writes its secondary artifacts exports unencrypted (EncryptionDisabled: true)"},
		{"resource": "ExportsBuild", "path": ["properties", "LogsConfig", "S3Logs", "EncryptionDisabled"], "msg": "ExportsBuild writes its S3 build logs unencrypted (EncryptionDisabled: true)"},
	} with input as {"resources": [project({
		"Artifacts": {"Type": "S3", "Location": "clinic-builds", "EncryptionDisabled": true},
		"SecondaryArtifacts": [
			{"Type": "S3", "ArtifactIdentifier": "reports", "Location": "clinic-builds"},
			{"Type": "S3", "ArtifactIdentifier": "exports", "Location": "clinic-builds", "EncryptionDisabled": "true"},
		],
		"LogsConfig": {"S3Logs": {"Status": "ENABLED", "Location": "clinic-build-logs/exports", "EncryptionDisabled": true}},
	})]}
}

# The default, false, unknown, artifact types where the setting does not apply.
test_encrypted_unknown_and_other_types_pass if {
	count(check.deny) == 0 with input as {"resources": [project({"Artifacts": {"Type": "S3", "EncryptionDisabled": false}, "LogsConfig": {"S3Logs": {"Status": "DISABLED"}}})]}
	count(check.deny) == 0 with input as {"resources": [project({"Artifacts": {"Type": "S3", "EncryptionDisabled": {"__unknown__": "Ref Plain", "refs": ["Plain"]}}})]}
	count(check.deny) == 0 with input as {"resources": [project({"Artifacts": {"Type": "CODEPIPELINE", "EncryptionDisabled": true}, "SecondaryArtifacts": {"__unknown__": "Fn::If", "refs": []}})]}
}

# Artifacts without a Type (Trivy's examples) are judged.
test_artifacts_without_a_type if {
	check.deny == {
		{"resource": "ExportsBuild", "path": ["properties", "Artifacts", "EncryptionDisabled"], "msg": "ExportsBuild writes its build artifacts unencrypted (EncryptionDisabled: true)"},
		{"resource": "ExportsBuild", "path": ["properties", "SecondaryArtifacts", 0, "EncryptionDisabled"], "msg": "ExportsBuild writes its secondary artifacts unencrypted (EncryptionDisabled: true)"},
	} with input as {"resources": [project({"Artifacts": {"EncryptionDisabled": true}, "SecondaryArtifacts": [{"EncryptionDisabled": true}]})]}
}
