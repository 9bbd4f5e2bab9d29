# METADATA
# title: IAM role trust policy lets anyone assume the role
# description: >-
#   The trust policy of an aws_iam_role (assume_role_policy: literal JSON,
#   jsonencode() or an aws_iam_policy_document data source of the same module)
#   has an Allow statement for Principal "*" (or AWS = "*", which the IAM policy
#   reference equates with "*": every principal; or a principals block of type
#   "*") that allows sts:AssumeRole, sts:AssumeRoleWithWebIdentity or
#   sts:AssumeRoleWithSAML (named, or matched by a wildcard such as "sts:*" or
#   "*", or not excluded by a NotAction), and that no condition restricts. With
#   sts:AssumeRole any AWS account can then assume the role, needing only a
#   policy in its own account, and act with the role's permissions on the data
#   it reaches; with the federation actions, anyone holding a token that STS
#   accepts. A condition only on keys the client sets (aws:Referer,
#   aws:UserAgent, aws:SecureTransport, …) does not count. Statements restricted
#   by another condition (aws:PrincipalOrgID, aws:PrincipalAccount,
#   aws:PrincipalArn, aws:SourceArn…), alone or alongside those keys, are not
#   reported, nor are statements that allow only sts:TagSession,
#   sts:SetSourceIdentity or sts:SetContext, which assume nothing on their own.
#   A trust in a named account (its root "arn:aws:iam::<account>:root" or its
#   id), a role, a user or a service is not reported: it is a deliberate
#   delegation to one account, whose own administrators then decide who may
#   assume the role, and whether that account is another organisation's cannot
#   be told from the code. Trust policies whose content is not known (a
#   variable, a file outside the module, a data source that merges other
#   documents) and statements whose effect, principal, actions or condition are
#   not known are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role
# custom:
#   id: EVD-TF-201
#   severity: high
#   remediation: >-
#     Name the accounts, roles or services that assume the role in the
#     Principal, or restrict the statement with an aws:PrincipalOrgID (or
#     aws:PrincipalAccount, aws:PrincipalArn) condition.
#   selector:
#     input: terraform
#     resources: [aws_iam_role, aws_iam_policy_document]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs; a role every AWS account may assume authorizes everyone to use its permissions.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people, here every AWS account that assumes the role.
package evident.checks.terraform.iam_role_trust_anyone

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform

deny contains f if {
	some r in terraform.resources("aws_iam_role")
	doc := aws.resource_policy(r.config.assume_role_policy)
	some st in iam.statements(doc)
	is_object(st)
	how := iam.public_statement(st)
	iam.allows_assume(st)
	f := finding.at(r, ["config", "assume_role_policy"], finding.format("%s has a trust policy that allows %s to anyone (Principal \"*\" %s)", [r.id, iam.allowed_actions_text(st), how]))
}
