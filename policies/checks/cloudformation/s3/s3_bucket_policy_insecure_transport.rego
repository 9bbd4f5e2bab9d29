# METADATA
# title: S3 bucket policy does not deny requests without TLS
# description: >-
#   An AWS::S3::BucketPolicy has no statement that denies requests where
#   aws:SecureTransport is false. S3 accepts plain HTTP requests unless a
#   bucket policy refuses them, so objects can travel unencrypted. Only
#   templates that declare a bucket policy are checked, and only when the
#   policy document is known from the template. A Deny on s3:TlsVersion below
#   a minimum counts as well (the same rule as EVD-TF-030). The PolicyDocument
#   is read whether it is written as an object or as a JSON string
#   (CloudFormation accepts both); a string that is not a valid JSON object,
#   or that the template builds from values only known at deploy time (!Sub
#   with a parameter or attribute, !Join with a Ref), is not read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
# custom:
#   id: EVD-CFN-005
#   severity: medium
#   remediation: >-
#     Add a statement with Effect Deny, Principal "*", Action "s3:*", the bucket
#     and its objects as Resource, and Condition Bool aws:SecureTransport "false".
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::BucketPolicy]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Refusing plain-HTTP requests enforces encryption of ePHI in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.s3_bucket_policy_insecure_transport

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some policy in cfn.resources("AWS::S3::BucketPolicy")
	document := aws.document(policy.properties.PolicyDocument)
	is_object(document)
	not iam.undecided(document)
	not iam.denies_plain_http(document)
	f := finding.at(policy, ["properties", "PolicyDocument"], finding.format("%s has no statement denying requests without TLS (aws:SecureTransport false)", [policy.id]))
}
