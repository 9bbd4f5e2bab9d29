# METADATA
# title: IAM policy grants administrator access (every action, or every IAM action, on every resource)
# description: >-
#   An IAM policy document (aws_iam_policy, inline role/user/group policies,
#   inline_policy blocks of aws_iam_role, or an aws_iam_policy_document data
#   source) has an Allow statement with Action "*" and Resource "*". Whoever
#   holds it is an administrator of the account, including every data store
#   and key; least privilege is the basis of access control to personal data.
#   Action "iam:*" on Resource "*" is reported too: it can attach
#   AdministratorAccess to itself or create an administrator, so it is
#   administrator access one API call away.
#   Documents built elsewhere are unknown and not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: EVD-TF-039
#   severity: high
#   remediation: >-
#     List the actions and resources the principal needs; keep administrator
#     access to a small break-glass role with MFA.
#   selector:
#     input: terraform
#     resources: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, aws_iam_policy_document]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role (access authorization); "*" on "*" grants everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.terraform.iam_policy_full_admin

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some document in aws.iam_documents
	some st in document.statements
	action := iam.administrator_grant(st)
	f := finding.at(document.resource, document.path, finding.format(messages[action], [document.resource.id]))
}

messages := {
	"*": "%s allows Action \"*\" on Resource \"*\" (full administrator access)",
	"iam:*": "%s allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)",
}
