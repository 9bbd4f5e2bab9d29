# METADATA
# title: KMS key policy lets everyone use the key
# description: >-
#   The KeyPolicy of an AWS::KMS::Key has an Allow statement for Principal "*"
#   (or AWS "*") that no condition restricts. Key policies are the primary
#   access control of a KMS key: such a statement lets any AWS account perform
#   its actions, such as decrypting the data the key protects. Statements
#   restricted by a condition (kms:CallerAccount, kms:ViaService,
#   aws:PrincipalOrgID…) are not reported, nor are statements the template
#   leaves undecided; a condition only on keys the client sets (aws:Referer,
#   aws:UserAgent, aws:SecureTransport, s3:TlsVersion, …) does not count. The
#   KeyPolicy is read whether it is written as an object or as a JSON string
#   (CloudFormation accepts both); a string that is not valid JSON, or that
#   the template builds from values only known at deploy time (!Sub with a
#   parameter or attribute, !Join with a Ref), is not read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
# custom:
#   id: EVD-CFN-039
#   severity: critical
#   remediation: >-
#     Name the account root, roles or services that use the key, or restrict
#     the statement with kms:CallerAccount and kms:ViaService conditions.
#   selector:
#     input: cloudformation
#     resources: [AWS::KMS::Key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Encryption protects ePHI only while the key is limited to authorized users; a key anyone may use decrypts for anyone.
#     gdpr: Encryption is a measure of Art. 32(1)(a) only if the key stays confidential to those entitled to the data.
package evident.checks.cloudformation.kms_key_policy_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some key in cfn.resources("AWS::KMS::Key")
	document := aws.document(key.properties.KeyPolicy)
	some st in iam.statements(document)
	how := iam.public_statement(st)
	f := finding.at(key, ["properties", "KeyPolicy"], finding.format("%s has a key policy that allows %s to anyone (Principal \"*\" %s)", [key.id, iam.action_text(st), how]))
}
