# METADATA
# title: S3 bucket policy grants access to everyone
# description: >-
#   An AWS::S3::BucketPolicy has an Allow statement for Principal "*" (or
#   AWS "*") without any Condition, so anyone on the internet, or any AWS
#   account, can perform its actions on the bucket. A condition only on keys
#   whose value the client sets (aws:Referer, aws:UserAgent,
#   aws:SecureTransport, s3:TlsVersion, s3:signatureversion,
#   s3:x-amz-server-side-encryption and its KMS key id, s3:x-amz-acl) does not
#   count: TLS, a signature version or an encryption header keeps no one out.
#   Statements restricted by another condition (source VPC endpoint,
#   organisation id, source IP…), alone or alongside those keys, are not
#   reported, nor are statements the template leaves undecided. The
#   PolicyDocument is read whether it is written as an object or as a JSON
#   string (CloudFormation accepts both); a string that is not valid JSON, or
#   that the template builds from values only known at deploy time (!Sub with
#   a parameter or attribute, !Join with a Ref), is not read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: EVD-CFN-037
#   severity: critical
#   remediation: >-
#     Name the principals (roles, accounts, CloudFront origin access control)
#     that need access, or add a Condition that restricts the statement, and
#     keep Block Public Access on.
#   selector:
#     input: cloudformation
#     resources: [AWS::S3::BucketPolicy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs; a public grant authorizes everyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.cloudformation.s3_bucket_policy_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some policy in cfn.resources("AWS::S3::BucketPolicy")
	document := aws.document(policy.properties.PolicyDocument)
	some st in iam.statements(document)
	how := iam.public_statement(st)
	f := finding.at(policy, ["properties", "PolicyDocument"], finding.format("%s allows %s to anyone (Principal \"*\" %s)", [policy.id, iam.action_text(st), how]))
}
