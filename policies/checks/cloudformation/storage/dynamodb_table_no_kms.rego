# METADATA
# title: DynamoDB table is encrypted only with an AWS-owned key
# description: >-
#   An AWS::DynamoDB::Table or AWS::Serverless::SimpleTable does not enable
#   SSESpecification.SSEEnabled. DynamoDB then encrypts with a key AWS owns
#   and manages outside the account: no key policy limits who can decrypt,
#   and no CloudTrail key event records the use of the data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
# custom:
#   id: EVD-CFN-014
#   severity: low
#   remediation: >-
#     Add SSESpecification with SSEEnabled true, SSEType KMS and KMSMasterKeyId
#     set to a customer-managed key.
#   selector:
#     input: cloudformation
#     resources: [AWS::DynamoDB::Table, AWS::Serverless::SimpleTable]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A KMS key in the account puts decryption of ePHI under the entity's own access policy and audit trail.
#     gdpr: Encryption under a key the controller governs makes Art. 32(1)(a) encryption an enforceable measure.
package evident.checks.cloudformation.dynamodb_table_no_kms

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some table in cfn.resources_of(["AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"])
	not values.has_key(table.properties, "SSESpecification")
	f := finding.of(table, finding.format("%s has no SSESpecification (encrypted only with an AWS-owned key)", [table.id]))
}

deny contains f if {
	some table in cfn.resources_of(["AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"])
	spec := table.properties.SSESpecification
	values.known_object(spec)
	cfn.not_enabled(spec, "SSEEnabled")
	f := finding.at(table, ["properties", "SSESpecification"], finding.format("%s does not set SSESpecification.SSEEnabled to true (encrypted only with an AWS-owned key)", [table.id]))
}
