# METADATA
# title: S3 bucket grants public access through a canned ACL
# description: >-
#   An S3 bucket (inline acl of aws_s3_bucket, or an aws_s3_bucket_acl resource)
#   uses the canned ACL public-read, public-read-write or authenticated-read,
#   which lets anyone on the internet (or any AWS account) list or read, and with
#   public-read-write also overwrite, the objects in the bucket.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl
# custom:
#   id: EVD-TF-004
#   severity: critical
#   remediation: >-
#     Use the private ACL (or no ACL with object ownership BucketOwnerEnforced),
#     add an aws_s3_bucket_public_access_block with all four settings true, and
#     share objects through pre-signed URLs or CloudFront with origin access control.
#   selector:
#     input: terraform
#     resources: [aws_s3_bucket, aws_s3_bucket_acl]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A public bucket gives access to ePHI to persons who were never granted it, defeating access control and workforce/access-establishment safeguards.
#     gdpr: Data protection by default forbids making personal data accessible to an indefinite number of persons; public storage breaks confidentiality.
package evident.checks.terraform.s3_bucket_public_acl

import data.evident.lib.finding
import data.evident.lib.terraform

public_acls := {"public-read", "public-read-write", "authenticated-read"}

deny contains f if {
	some bucket in terraform.resources("aws_s3_bucket")
	bucket.config.acl in public_acls
	f := finding.at(bucket, ["config", "acl"], finding.format("S3 bucket %s uses the public canned ACL \"%s\"", [bucket.id, bucket.config.acl]))
}

deny contains f if {
	some acl in terraform.resources("aws_s3_bucket_acl")
	acl.config.acl in public_acls
	f := finding.at(acl, ["config", "acl"], finding.format("%s sets the public canned ACL \"%s\"", [acl.id, acl.config.acl]))
}
