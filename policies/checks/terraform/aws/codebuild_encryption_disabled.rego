# METADATA
# title: CodeBuild project turns off encryption of its artifacts or S3 logs
# description: >-
#   An aws_codebuild_project sets encryption_disabled = true on its S3
#   artifacts (artifacts, secondary_artifacts) or on its S3 build logs
#   (logs_config { s3_logs }): CodeBuild then writes them to the bucket
#   unencrypted. Build outputs carry what the build read and produced — test
#   data, database exports, packaged configuration — and logs carry what it
#   printed. The default (false) encrypts them with the project's key or the
#   AWS managed key. Artifacts of type NO_ARTIFACTS or CODEPIPELINE, where the
#   setting does not apply, and values that cannot be resolved are not
#   reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled
# custom:
#   id: EVD-TF-237
#   severity: medium
#   remediation: >-
#     Remove encryption_disabled (or set it to false) from the artifacts,
#     secondary_artifacts and s3_logs blocks, and give the project an
#     encryption_key (a customer-managed KMS key) for its outputs.
#   selector:
#     input: terraform
#     resources: [aws_codebuild_project]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Build artifacts and logs are stored copies of whatever ePHI a build handles, under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; build outputs are such data when builds handle it.
package evident.checks.terraform.codebuild_encryption_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some project in terraform.resources("aws_codebuild_project")
	some name in ["artifacts", "secondary_artifacts"]
	some i, artifacts in terraform.blocks(project.config, name)
	artifacts.encryption_disabled == true

	# object.get: `not x.type in S` is never true when the block has no type (opa 1.22).
	not object.get(artifacts, "type", null) in {"NO_ARTIFACTS", "CODEPIPELINE"}
	path := array.concat(array.concat(["config"], terraform.block_path(project.config, name, i)), ["encryption_disabled"])
	f := finding.at(project, path, finding.format("%s writes its %s unencrypted (encryption_disabled = true)", [project.id, label(name, artifacts)]))
}

deny contains f if {
	some project in terraform.resources("aws_codebuild_project")
	some i, logs in terraform.blocks(project.config, "logs_config")
	some j, s3 in terraform.blocks(logs, "s3_logs")
	s3.encryption_disabled == true
	path := array.concat(
		array.concat(["config"], terraform.block_path(project.config, "logs_config", i)),
		array.concat(terraform.block_path(logs, "s3_logs", j), ["encryption_disabled"]),
	)
	f := finding.at(project, path, finding.format("%s writes its S3 build logs unencrypted (encryption_disabled = true)", [project.id]))
}

label("artifacts", _) := "build artifacts"

label("secondary_artifacts", artifacts) := finding.format("secondary artifacts %s", [artifacts.artifact_identifier]) if is_string(artifacts.artifact_identifier)

else := "secondary artifacts"
