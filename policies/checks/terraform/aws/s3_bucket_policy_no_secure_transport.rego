# METADATA
# title: S3 bucket policy does not deny non-TLS requests
# description: >-
#   A bucket policy (aws_s3_bucket_policy, or the legacy policy argument of
#   aws_s3_bucket) whose document is known has no Deny statement on the
#   condition aws:SecureTransport = false. S3 accepts plain-HTTP requests
#   unless a policy refuses them. Policies written as literal JSON,
#   jsonencode() or an aws_iam_policy_document data source of the same module
#   are judged; a policy built elsewhere (a data source merging other
#   documents, a file, a module input) is unknown and not reported, and so is
#   a Deny whose aws:SecureTransport value is a variable.
# related_resources:
#   - ref: https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule
# custom:
#   id: EVD-TF-030
#   severity: medium
#   remediation: >-
#     Add a statement { Effect = "Deny", Principal = "*", Action = "s3:*",
#     Resource = [bucket ARN, "bucket ARN/*"], Condition = { Bool =
#     { "aws:SecureTransport" = "false" } } } to the bucket policy.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket_policy, aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(c)(2)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Refusing unencrypted requests protects ePHI objects in transmission and against tampering on the way.
#     gdpr: Enforcing encryption in transit for personal data is a measure Art. 32(1)(a) names.
package evident.checks.terraform.s3_bucket_policy_no_secure_transport

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some policy in aws.bucket_policies
	not iam.undecided(policy.doc)
	not iam.denies_plain_http(policy.doc)
	f := finding.at(policy.resource, policy.path, finding.format("%s has a bucket policy without a Deny for aws:SecureTransport = false", [policy.resource.id]))
}
