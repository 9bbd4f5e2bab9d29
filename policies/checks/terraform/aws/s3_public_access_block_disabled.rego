# METADATA
# title: S3 Block Public Access setting is turned off
# description: >-
#   An aws_s3_bucket_public_access_block or aws_s3_account_public_access_block
#   leaves one of block_public_acls, block_public_policy, ignore_public_acls or
#   restrict_public_buckets false or unset. Declaring the resource with a flag
#   unset sets that flag to false, which removes the protection AWS applies to
#   new buckets by default, so a later ACL or policy can make personal data
#   public. An aws_s3_access_point, or an aws_s3control_multi_region_access_point,
#   whose public_access_block_configuration (public_access_block for the
#   latter) sets one of those flags to false is reported too: an access point
#   blocks public access unless told otherwise (each flag defaults to true
#   there), and one that does not lets a public access point policy expose the
#   bucket's objects wherever the bucket's and the account's own settings
#   allow it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: EVD-TF-034
#   severity: high
#   remediation: >-
#     Set all four flags to true (remove them from an access point's
#     configuration, where they default to true); for a bucket that must serve
#     public content, serve it through CloudFront with origin access control
#     instead.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block, aws_s3_access_point, aws_s3control_multi_region_access_point]
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

deny contains f if {
	some point in terraform.resources("aws_s3_access_point")
	some i, config in terraform.blocks(point.config, "public_access_block_configuration")
	off := turned_off(config)
	count(off) > 0
	f := finding.at(point, ["config", "public_access_block_configuration", i, off[0]], finding.format("%s turns %s off for the access point", [point.id, concat(", ", off)]))
}

deny contains f if {
	some point in terraform.resources("aws_s3control_multi_region_access_point")
	some i, details in terraform.blocks(point.config, "details")
	some j, config in terraform.blocks(details, "public_access_block")
	off := turned_off(config)
	count(off) > 0
	f := finding.at(point, ["config", "details", i, "public_access_block", j, off[0]], finding.format("%s turns %s off for the access point", [point.id, concat(", ", off)]))
}

# turned_off(config): the flags an access point's configuration sets to false (the others
# default to true there), in the order of `flags`.
turned_off(config) := [flag | some flag in flags; values.false_value(config[flag])]
