# METADATA
# title: CodeBuild project turns off encryption of its artifacts or S3 logs
# description: >-
#   An AWS::CodeBuild::Project sets EncryptionDisabled: true on its S3
#   artifacts (Artifacts, SecondaryArtifacts) or on its S3 build logs
#   (LogsConfig.S3Logs): CodeBuild then writes them to the bucket unencrypted.
#   Build outputs carry what the build read and produced — test data,
#   database exports, packaged configuration — and logs carry what it printed.
#   The default (false) encrypts them with the project's EncryptionKey or the
#   AWS managed key. Artifacts of type NO_ARTIFACTS or CODEPIPELINE, where the
#   setting does not apply, and values that cannot be resolved are not
#   reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html
# custom:
#   id: EVD-CFN-099
#   severity: medium
#   remediation: >-
#     Remove EncryptionDisabled (or set it to false) from Artifacts,
#     SecondaryArtifacts and LogsConfig.S3Logs, and give the project an
#     EncryptionKey (a customer-managed KMS key) for its outputs.
#   selector:
#     input: cloudformation
#     resources: [AWS::CodeBuild::Project]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Build artifacts and logs are stored copies of whatever ePHI a build handles, under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; build outputs are such data when builds handle it.
package evident.checks.cloudformation.codebuild_encryption_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some project in cfn.resources("AWS::CodeBuild::Project")
	artifacts := project.properties.Artifacts
	disabled(artifacts)
	f := finding.at(project, ["properties", "Artifacts", "EncryptionDisabled"], finding.format("%s writes its build artifacts unencrypted (EncryptionDisabled: true)", [project.id]))
}

deny contains f if {
	some project in cfn.resources("AWS::CodeBuild::Project")
	some i, artifacts in cfn.as_list(object.get(project.properties, "SecondaryArtifacts", []))
	disabled(artifacts)
	f := finding.at(project, ["properties", "SecondaryArtifacts", i, "EncryptionDisabled"], finding.format("%s writes its %s unencrypted (EncryptionDisabled: true)", [project.id, secondary_label(artifacts)]))
}

deny contains f if {
	some project in cfn.resources("AWS::CodeBuild::Project")
	cfn.is_true(project.properties.LogsConfig.S3Logs.EncryptionDisabled)
	f := finding.at(project, ["properties", "LogsConfig", "S3Logs", "EncryptionDisabled"], finding.format("%s writes its S3 build logs unencrypted (EncryptionDisabled: true)", [project.id]))
}

# disabled(artifacts): S3 (or other) artifacts with EncryptionDisabled true; the setting does not
# apply to NO_ARTIFACTS and CODEPIPELINE.
disabled(artifacts) if {
	cfn.is_true(artifacts.EncryptionDisabled)

	# object.get: `not x.Type in S` is never true when the artifacts have no Type (opa 1.22).
	not object.get(artifacts, "Type", null) in {"NO_ARTIFACTS", "CODEPIPELINE"}
}

secondary_label(artifacts) := finding.format("secondary artifacts %s", [artifacts.ArtifactIdentifier]) if is_string(artifacts.ArtifactIdentifier)

else := "secondary artifacts"
