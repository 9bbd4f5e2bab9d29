# METADATA
# title: CloudTrail log file validation is off
# description: >-
#   An AWS::CloudTrail::Trail does not set EnableLogFileValidation to true.
#   Without the signed digest files, nobody can prove that the delivered logs
#   were not modified or deleted after the fact.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
# custom:
#   id: EVD-CFN-024
#   severity: medium
#   remediation: Set EnableLogFileValidation to true.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudTrail::Trail]
#   controls:
#     hipaa: ["164.312(b)", "164.312(c)(1)", "164.312(c)(2)"]
#     gdpr: ["Art.5(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Audit records are only evidence if their integrity can be verified; validation is the mechanism that authenticates them.
#     gdpr: Tamper-evident logs are what lets the controller demonstrate accountability, and they protect the integrity of the processing record.
package evident.checks.cloudformation.cloudtrail_log_validation_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	cfn.not_enabled(trail.properties, "EnableLogFileValidation")
	f := located(trail)
}

located(trail) := finding.at(trail, ["properties", "EnableLogFileValidation"], finding.format("%s sets EnableLogFileValidation to false", [trail.id])) if {
	cfn.is_false(trail.properties.EnableLogFileValidation)
} else := finding.of(trail, finding.format("%s does not set EnableLogFileValidation: true (log integrity cannot be verified)", [trail.id]))
