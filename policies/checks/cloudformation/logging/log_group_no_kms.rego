# METADATA
# title: CloudWatch log group is not encrypted with a KMS key
# description: >-
#   An AWS::Logs::LogGroup has no KmsKeyId or sets it to an empty (or blank)
#   string, which names no key. A KmsKeyId from a parameter without default or from a
#   resource of the stack is not reported. Application logs regularly carry
#   identifiers, request bodies and error details about people; without a
#   customer-managed key, read access is governed only by IAM on the log group.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: EVD-CFN-026
#   severity: low
#   remediation: >-
#     Set KmsKeyId to the ARN of a customer-managed KMS key whose policy allows
#     the logs service principal of the region.
#   selector:
#     input: cloudformation
#     resources: [AWS::Logs::LogGroup]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Logs that capture ePHI are data at rest; a KMS key puts their decryption under the entity's control.
#     gdpr: Encrypting logs that contain personal data under a controlled key is an Art. 32(1)(a) measure.
package evident.checks.cloudformation.log_group_no_kms

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some group in cfn.resources("AWS::Logs::LogGroup")
	not values.has_key(group.properties, "KmsKeyId")
	f := finding.of(group, finding.format("%s has no KmsKeyId (log data is not encrypted with a customer-managed key)", [group.id]))
}

deny contains f if {
	some group in cfn.resources("AWS::Logs::LogGroup")
	trim_space(group.properties.KmsKeyId) == ""
	f := finding.at(group, ["properties", "KmsKeyId"], finding.format("%s sets KmsKeyId to an empty string (log data is not encrypted with a customer-managed key)", [group.id]))
}
