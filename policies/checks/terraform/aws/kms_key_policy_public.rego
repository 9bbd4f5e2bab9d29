# METADATA
# title: KMS key policy lets everyone use the key
# description: >-
#   A KMS key policy (the policy argument of aws_kms_key, or aws_kms_key_policy;
#   literal JSON, jsonencode() or an aws_iam_policy_document data source of the
#   same module) has an Allow statement for Principal "*" (or AWS = "*") that
#   no condition restricts. Key policies are the primary access control of a
#   KMS key: such a statement lets any AWS account perform its actions, such as
#   decrypting the data the key protects. Statements restricted by a condition
#   (kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID…) are not
#   reported; a condition only on keys the client sets (aws:Referer,
#   aws:UserAgent, aws:SecureTransport, s3:TlsVersion, …) does not count.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
# custom:
#   id: EVD-TF-063
#   severity: critical
#   remediation: >-
#     Name the account root, roles or services that use the key, or restrict
#     the statement with kms:CallerAccount and kms:ViaService conditions.
#   selector:
#     input: terraform
#     resources: [aws_kms_key, aws_kms_key_policy]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Encryption protects ePHI only while the key is limited to authorized users; a key anyone may use decrypts for anyone.
#     gdpr: Encryption is a measure of Art. 32(1)(a) only if the key stays confidential to those entitled to the data.
package evident.checks.terraform.kms_key_policy_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform

deny contains f if {
	some r in terraform.resources_of({"aws_kms_key", "aws_kms_key_policy"})
	doc := aws.resource_policy(r.config.policy)
	some st in iam.statements(doc)
	how := iam.public_statement(st)
	f := finding.at(r, ["config", "policy"], finding.format("%s has a key policy that allows %s to anyone (Principal \"*\" %s)", [r.id, iam.action_text(st), how]))
}
