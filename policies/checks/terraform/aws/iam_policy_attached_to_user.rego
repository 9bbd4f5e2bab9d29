# METADATA
# title: IAM permissions are granted to a user directly
# description: >-
#   An IAM user receives permissions directly instead of through a group or a
#   role: an inline policy (aws_iam_user_policy), a managed policy attached to
#   the user (aws_iam_user_policy_attachment), or an aws_iam_policy_attachment
#   whose users list is not empty. Permissions held person by person drift
#   from the job they were granted for, are missed when access is reviewed or
#   a role changes, and stay with the user until someone finds them. An
#   aws_iam_policy_attachment whose users are not known statically (a
#   variable) is not reported. Severity low: the grant may be exactly what
#   the user needs; what is at stake is how access is managed and reviewed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html
# custom:
#   id: EVD-TF-223
#   severity: low
#   remediation: >-
#     Attach the policy to an aws_iam_group (aws_iam_group_policy_attachment)
#     and add the user to it with aws_iam_user_group_membership, or let people
#     and workloads assume an aws_iam_role (IAM Identity Center for people);
#     then remove the user policy or attachment.
#   selector:
#     input: terraform
#     resources: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)"]
#   rationale:
#     hipaa: Granting access to ePHI by group or role keeps authorization tied to job function, so it is established, reviewed and changed per role rather than per person.
#     gdpr: Role-based grants make least-privilege access part of how the systems are built, an element of data protection by design.
package evident.checks.terraform.iam_policy_attached_to_user

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some r in terraform.resources("aws_iam_user_policy")
	f := finding.of(r, finding.format("%s gives an IAM user an inline policy (grant permissions through a group or role)", [r.id]))
}

deny contains f if {
	some r in terraform.resources("aws_iam_user_policy_attachment")
	f := finding.of(r, finding.format("%s attaches a managed policy directly to an IAM user (grant permissions through a group or role)", [r.id]))
}

deny contains f if {
	some r in terraform.resources("aws_iam_policy_attachment")
	users := r.config.users
	is_array(users)
	count(users) > 0
	f := finding.at(r, ["config", "users"], finding.format("%s attaches its policy directly to IAM users (grant permissions through a group or role)", [r.id]))
}
