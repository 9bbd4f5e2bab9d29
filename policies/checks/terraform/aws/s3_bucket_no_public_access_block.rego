# METADATA
# title: S3 bucket has no Block Public Access configuration in code
# description: >-
#   An aws_s3_bucket has no aws_s3_bucket_public_access_block attached and the
#   module declares no aws_s3_account_public_access_block. AWS turns Block
#   Public Access on for buckets created since April 2023, so the bucket is
#   probably protected, but nothing in the code states or enforces it: a
#   console change or an older bucket imported into the state stays invisible
#   to review. Low severity: the finding is missing evidence, not a known
#   exposure.
#   A bucket passed to a local module that declares an aws_s3_bucket_public_access_block is not
#   reported: that module may configure it for this bucket.
# related_resources:
#   - ref: https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/
# custom:
#   id: EVD-TF-035
#   severity: low
#   remediation: >-
#     Declare aws_s3_bucket_public_access_block for the bucket (or
#     aws_s3_account_public_access_block for the account) with all four flags
#     set to true.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket]
#   controls:
#     hipaa: ["164.312(a)(1)"]
#     gdpr: ["Art.25(2)"]
#   rationale:
#     hipaa: Stating the public-access guard in code makes the access-control safeguard for ePHI reviewable.
#     gdpr: Data protection by default is demonstrated by a setting the code enforces, not by a provider default.
package evident.checks.terraform.s3_bucket_no_public_access_block

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	count(terraform.attached("aws_s3_bucket_public_access_block", "bucket", bucket)) == 0
	count(terraform.resources("aws_s3_account_public_access_block")) == 0
	not terraform.unattributed("aws_s3_bucket_public_access_block", "bucket", "aws_s3_bucket")
	not terraform.passed_to_module_declaring(bucket, "aws_s3_bucket_public_access_block")
	f := finding.of(bucket, finding.format("S3 bucket %s has no aws_s3_bucket_public_access_block (and the module sets no account-level block)", [bucket.id]))
}
