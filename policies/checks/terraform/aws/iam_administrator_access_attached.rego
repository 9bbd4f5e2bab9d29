# METADATA
# title: AdministratorAccess managed policy is attached
# description: >-
#   The AWS managed policy AdministratorAccess is attached to a role, user or
#   group (aws_iam_role_policy_attachment, aws_iam_user_policy_attachment,
#   aws_iam_group_policy_attachment, aws_iam_policy_attachment, or
#   managed_policy_arns of aws_iam_role). It grants every action on every
#   resource, including all data stores and keys.
# related_resources:
#   - ref: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
# custom:
#   id: EVD-TF-040
#   severity: high
#   remediation: >-
#     Attach a policy limited to the actions and resources needed; keep
#     AdministratorAccess for a break-glass role assumed with MFA, outside
#     application code.
#   selector:
#     input: terraform
#     resources: [aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role; administrator access grants everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.terraform.iam_administrator_access_attached

import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform

attachment_types := {"aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"}

deny contains f if {
	some attachment in terraform.resources_of(attachment_types)
	iam.administrator_access_arn(attachment.config.policy_arn)
	f := finding.at(attachment, ["config", "policy_arn"], finding.format("%s attaches the AdministratorAccess managed policy", [attachment.id]))
}

deny contains f if {
	some role in terraform.resources("aws_iam_role")
	some i, arn in role.config.managed_policy_arns
	iam.administrator_access_arn(arn)
	f := finding.at(role, ["config", "managed_policy_arns", i], finding.format("%s attaches the AdministratorAccess managed policy", [role.id]))
}
