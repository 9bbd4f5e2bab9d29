# METADATA
# title: S3 bucket declares no default encryption
# description: >-
#   An AWS::S3::Bucket has no BucketEncryption. The template then leaves the
#   bucket's encryption to the account default (SSE-S3 since 2023): no
#   customer-managed KMS key, so access to the objects cannot be restricted or
#   audited through key policies and CloudTrail key events, and the stack does
#   not document how the data it stores is protected at rest.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html
# custom:
#   id: EVD-CFN-001
#   severity: medium
#   remediation: >-
#     Add BucketEncryption with a ServerSideEncryptionConfiguration rule, ideally
#     SSEAlgorithm aws:kms with KMSMasterKeyID set to a customer-managed key and
#     BucketKeyEnabled true.
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::Bucket]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the objects that hold ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.s3_bucket_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	not cfn.given(bucket.properties, "BucketEncryption")
	f := finding.of(bucket, finding.format("%s has no BucketEncryption (default encryption is not declared)", [bucket.id]))
}
