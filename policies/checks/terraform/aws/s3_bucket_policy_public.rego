# METADATA
# title: S3 bucket policy grants access to everyone
# description: >-
#   A bucket policy (aws_s3_bucket_policy, or the legacy policy argument of
#   aws_s3_bucket; literal JSON, jsonencode() or an aws_iam_policy_document
#   data source of the same module) has an Allow statement for Principal "*"
#   (or AWS = "*", or a principals block of type "*")
#   without any Condition, so anyone on the internet, or any AWS account, can
#   perform its actions on the bucket. A condition only on keys whose value
#   the client sets (aws:Referer, aws:UserAgent, aws:SecureTransport,
#   s3:TlsVersion, s3:signatureversion, s3:x-amz-server-side-encryption and
#   its KMS key id, s3:x-amz-acl) does not count: TLS, a signature version or
#   an encryption header keeps no one out. Statements restricted by another
#   condition (source VPC endpoint, organisation id, source IP…), alone or
#   alongside those keys, are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: EVD-TF-031
#   severity: critical
#   remediation: >-
#     Name the principals (roles, accounts, CloudFront origin access control)
#     that need access, or add a Condition that restricts the statement, and
#     keep Block Public Access on.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket_policy, aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs; a public grant authorizes everyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.s3_bucket_policy_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some policy in aws.bucket_policies
	some st in iam.statements(policy.doc)
	how := iam.public_statement(st)
	f := finding.at(policy.resource, policy.path, finding.format("%s has a bucket policy that allows %s to anyone (Principal \"*\" %s)", [policy.resource.id, iam.action_text(st), how]))
}
