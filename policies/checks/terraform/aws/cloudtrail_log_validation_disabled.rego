# METADATA
# title: CloudTrail log file validation is off
# description: >-
#   An aws_cloudtrail does not set enable_log_file_validation = true. Without
#   the signed digest files, nobody can prove that the delivered logs were not
#   modified or deleted after the fact, which is what makes them evidence.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
# custom:
#   id: EVD-TF-044
#   severity: medium
#   remediation: >-
#     Set enable_log_file_validation = true.
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail]
#   controls:
#     hipaa: ["164.312(b)", "164.312(c)(1)", "164.312(c)(2)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Integrity controls must show that audit records have not been altered.
#     gdpr: Tamper-evident activity records are what make them usable to demonstrate compliance.
package evident.checks.terraform.cloudtrail_log_validation_disabled

import data.evident.lib.terraform

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	f := terraform.off(
		trail, "enable_log_file_validation",
		"%s does not set enable_log_file_validation = true",
		"%s sets enable_log_file_validation = false",
	)
}
