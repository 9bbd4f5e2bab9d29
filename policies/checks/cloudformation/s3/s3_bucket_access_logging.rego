# METADATA
# title: S3 bucket has no server access logging
# description: >-
#   An AWS::S3::Bucket has no LoggingConfiguration, so requests to the objects
#   it holds (who read or deleted which record, from where) are not recorded.
#   Buckets that receive access logs themselves are not reported: the
#   LogDeliveryWrite ACL, the DestinationBucketName of another bucket's
#   logging, or a bucket policy that lets logging.s3.amazonaws.com write
#   (its PolicyDocument written as an object or as a JSON string; a document
#   that is not valid JSON or is built at deploy time is not read, so it
#   exempts nothing). A
#   CloudTrail trail's bucket is reported like any other (as EVD-TF-006 does):
#   who read or deleted the audit trail is exactly what its access logs record
#   (CIS AWS Foundations "S3 bucket access logging on the CloudTrail bucket").
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
# custom:
#   id: EVD-CFN-004
#   severity: medium
#   remediation: >-
#     Add LoggingConfiguration with DestinationBucketName set to a dedicated,
#     encrypted log bucket (or enable CloudTrail S3 data events for the bucket).
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::Bucket]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Recording access to stores of ePHI is what the audit controls standard requires, and the records feed information system activity review.
#     gdpr: Access records help the controller demonstrate accountability for processing and document processing activities.
package evident.checks.cloudformation.s3_bucket_access_logging

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	not values.has_key(bucket.properties, "LoggingConfiguration")
	not log_bucket(bucket)
	f := finding.of(bucket, finding.format("%s has no LoggingConfiguration (access to its objects is not recorded)", [bucket.id]))
}

log_bucket(bucket) if bucket.properties.AccessControl == "LogDeliveryWrite"

log_bucket(bucket) if {
	some other in cfn.resources("AWS::S3::Bucket")
	cfn.points_at(other.properties.LoggingConfiguration.DestinationBucketName, bucket, "BucketName")
}

log_bucket(bucket) if {
	some policy in cfn.referencing("AWS::S3::BucketPolicy", "Bucket", bucket, "BucketName")
	some statement in cfn.as_list(aws.document(policy.properties.PolicyDocument).Statement)
	statement.Effect == "Allow"
	"logging.s3.amazonaws.com" in cfn.as_list(statement.Principal.Service)
}
