# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: >-
#   An AWS::CloudTrail::Trail has no KMSKeyId (or an empty one). The log files are then
#   encrypted only with S3-managed keys, so anyone who can read the bucket can
#   read the logs, which name users, resources and sometimes request
#   parameters that contain personal data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: EVD-CFN-025
#   severity: low
#   remediation: >-
#     Set KMSKeyId to a customer-managed KMS key whose policy allows CloudTrail
#     to encrypt and only the security team to decrypt.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudTrail::Trail]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Audit logs about ePHI systems are sensitive records themselves; a KMS key limits who can read them.
#     gdpr: Encrypting logs that contain personal data under a controlled key is an Art. 32(1)(a) measure.
package evident.checks.cloudformation.cloudtrail_no_kms

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	not values.has_key(trail.properties, "KMSKeyId")
	f := finding.of(trail, finding.format("%s has no KMSKeyId (log files are not encrypted with a KMS key)", [trail.id]))
}

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	trim_space(trail.properties.KMSKeyId) == ""
	f := finding.at(trail, ["properties", "KMSKeyId"], finding.format("%s sets KMSKeyId to an empty string (log files are not encrypted with a KMS key)", [trail.id]))
}
