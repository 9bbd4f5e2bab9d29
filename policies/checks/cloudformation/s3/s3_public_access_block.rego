# METADATA
# title: S3 bucket or access point does not block public access
# description: >-
#   An AWS::S3::Bucket has no PublicAccessBlockConfiguration, or one that
#   leaves a flag off. The four flags (BlockPublicAcls, IgnorePublicAcls,
#   BlockPublicPolicy, RestrictPublicBuckets) are what stops a later ACL or
#   bucket policy from publishing the objects; a flag CloudFormation is not
#   given defaults to false. Each false flag is reported where it is written.
#   An AWS::S3::AccessPoint, or an AWS::S3::MultiRegionAccessPoint, whose
#   PublicAccessBlockConfiguration sets one of those flags to false is
#   reported too: an access point blocks public access unless told otherwise
#   (there a flag left out stays on), and one that does not lets a public
#   access point policy expose the bucket's objects wherever the bucket's and
#   the account's own settings allow it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: EVD-CFN-002
#   severity: high
#   remediation: >-
#     Add PublicAccessBlockConfiguration with BlockPublicAcls, IgnorePublicAcls,
#     BlockPublicPolicy and RestrictPublicBuckets all set to true (and keep
#     account-level Block Public Access on).
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::Bucket, AWS::S3::AccessPoint, AWS::S3::MultiRegionAccessPoint]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Blocking public access keeps ePHI objects reachable only by authorized workforce and systems, as access control requires.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people; blocking public access is that default.
package evident.checks.cloudformation.s3_public_access_block

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

flags := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	not values.has_key(bucket.properties, "PublicAccessBlockConfiguration")
	f := finding.of(bucket, finding.format("%s has no PublicAccessBlockConfiguration (public ACLs and policies are not blocked)", [bucket.id]))
}

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	config := bucket.properties.PublicAccessBlockConfiguration
	values.known_object(config)
	some flag in flags
	cfn.is_false(config[flag])
	f := finding.at(bucket, ["properties", "PublicAccessBlockConfiguration", flag], finding.format("%s sets %s to false", [bucket.id, flag]))
}

deny contains f if {
	some bucket in cfn.resources("AWS::S3::Bucket")
	config := bucket.properties.PublicAccessBlockConfiguration
	values.known_object(config)
	missing := [flag | some flag in flags; not values.has_key(config, flag)]
	count(missing) > 0
	f := finding.at(bucket, ["properties", "PublicAccessBlockConfiguration"], finding.format("%s does not set %s in PublicAccessBlockConfiguration (they default to false)", [bucket.id, concat(", ", missing)]))
}

deny contains f if {
	some point in cfn.resources_of(["AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint"])
	config := point.properties.PublicAccessBlockConfiguration
	values.known_object(config)
	some flag in flags
	cfn.is_false(config[flag])
	f := finding.at(point, ["properties", "PublicAccessBlockConfiguration", flag], finding.format("%s sets %s to false for the access point", [point.id, flag]))
}
