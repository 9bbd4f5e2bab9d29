# METADATA
# title: S3 Block Public Access setting is turned off
# description: >-
#   An aws_s3_bucket_public_access_block or aws_s3_account_public_access_block
#   leaves one of block_public_acls, block_public_policy, ignore_public_acls or
#   restrict_public_buckets false or unset. Declaring the resource with a flag
#   unset sets that flag to false, which removes the protection AWS applies to
#   new buckets by default, so a later ACL or policy can make personal data
#   public.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: EVD-TF-034
#   severity: high
#   remediation: >-
#     Set all four flags to true; for a bucket that must serve public content,
#     serve it through CloudFront with origin access control instead.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Blocking public access is a technical safeguard limiting access to ePHI to authorized users.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.s3_public_access_block_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains f if {
	some block in terraform.resources_of({"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"})
	off := [flag | some flag in flags; values.is_false_or_absent(block.config, flag)]
	count(off) > 0
	f := finding.of(block, finding.format("%s leaves %s off", [block.id, concat(", ", off)]))
}
