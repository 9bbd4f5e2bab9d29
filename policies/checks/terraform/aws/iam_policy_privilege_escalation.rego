# METADATA
# title: IAM policy lets its holder make itself an administrator
# description: >-
#   The IAM policies a principal holds in the module (aws_iam_policy, inline
#   role/user/group policies, inline_policy blocks of aws_iam_role, or an
#   aws_iam_policy_document data source) allow, on Resource "*" and without a
#   Condition, a set of actions that escalates to administrator access: a new
#   default version of a policy (iam:CreatePolicyVersion,
#   iam:SetDefaultPolicyVersion); a policy attached to or written into a user,
#   group or role (iam:Attach*Policy, iam:Put*Policy); another user's access key
#   or console password (iam:CreateAccessKey, iam:CreateLoginProfile,
#   iam:UpdateLoginProfile); itself added to a group (iam:AddUserToGroup); a
#   role's trust policy rewritten and the role assumed; a role passed to a
#   service that runs code with it (iam:PassRole with ec2:RunInstances, with
#   lambda:CreateFunction and lambda:InvokeFunction, with
#   cloudformation:CreateStack, with glue:CreateDevEndpoint); or new code in a
#   function or dev endpoint that already runs with a role
#   (lambda:UpdateFunctionCode, glue:UpdateDevEndpoint). Whoever holds the
#   policy (a CI role, an application) is then an administrator of the account,
#   every data store and key included, one or two API calls away. Each policy
#   is judged on its own, and a role, user or group of the module also on the
#   policies it holds together (its inline policies, the aws_iam_policy
#   resources attached to it by any attachment resource or managed_policy_arns,
#   and the policy documents those are built from): PassRole in one policy and
#   RunInstances in another is the same path. A policy whose Action is "*" or
#   "iam:*" on "*" is left to EVD-TF-039; statements on named resources or with
#   a Condition, and documents built elsewhere, are not judged.
# related_resources:
#   - ref: https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: EVD-TF-313
#   severity: high
#   remediation: >-
#     Name the resources these actions may touch (the roles a pipeline may pass,
#     the functions it may update), add conditions (iam:PassedToService,
#     aws:ResourceTag), or move the rights to a separate, guarded role; a
#     permissions boundary caps what a principal can grant itself.
#   selector:
#     input: terraform
#     resources: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, aws_iam_user, aws_iam_group, aws_iam_policy_document, aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A grant that lets its holder give itself every right defeats access authorization by role, as administrator access does.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing; a path to administrator access is the absence of it.
package evident.checks.terraform.iam_policy_privilege_escalation

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform
import data.evident.lib.values

# documents_of[id]: the documents a resource holds (a role's inline policies, a policy document's
# statement blocks); statements_of[id] their statements together, escalations_of[id] the paths
# they open. Each is computed once per resource.
documents_of[id] := [document |
	some document in aws.iam_documents
	document.resource.id == id
] if {
	some holder in aws.iam_documents
	id := holder.resource.id
}

statements_of[id] := [st | some document in documents; some st in document.statements] if {
	some id, documents in documents_of
}

escalations_of[id] := iam.escalations(statements) if {
	some id, statements in statements_of
}

deny contains f if {
	some id, methods in escalations_of
	count(methods) > 0
	not iam.grants_administrator(statements_of[id])
	document := first_document(id)
	f := finding.at(document.resource, document.path, finding.format("%s lets whoever holds it make themselves an administrator: it allows %s on Resource \"*\" without a condition", [id, concat("; ", sort(methods))]))
}

# first_document(id): the resource's document with the first path (the policy argument, or the
# first statement block).
first_document(id) := document if {
	paths := {d.path | some d in documents_of[id]}
	some document in documents_of[id]
	document.path == min(paths)
}

# ------------------------------------------------------------ what a principal holds together

# The argument that names the principal in its inline policies and attachments, by type.
principal_argument := {"aws_iam_role": "role", "aws_iam_user": "user", "aws_iam_group": "group"}

deny contains f if {
	some type, argument in principal_argument
	some principal in terraform.resources(type)
	held := held_resources(principal, argument)
	count(held) > 1
	statements := [st | some id in held; some st in statements_of[id]]
	not iam.grants_administrator(statements)
	alone := {m | some id in held; some m in escalations_of[id]}
	together := iam.escalations(statements) - alone
	count(together) > 0
	f := finding.of(principal, finding.format("%s holds policies that together let it make itself an administrator: %s allow %s on Resource \"*\" without a condition", [principal.id, concat(", ", sort(held)), concat("; ", sort(together))]))
}

# held_resources(principal, argument): the ids of the resources whose documents the principal
# holds: itself (a role's inline_policy blocks), its inline policy resources, the policies
# attached to it, and the policy documents (data sources) those are written from.
held_resources(principal, argument) := {id |
	some policy_id in held_policies(principal, argument)
	some id in ({policy_id} | object.get(sources_of, policy_id, set()))
	statements_of[id]
}

held_policies(principal, argument) := (({principal.id} | inline_policies(principal, argument)) | attached_policies(principal, argument)) | listed_policies(principal)

inline_policies(principal, argument) := {r.id |
	some r in terraform.resources(concat("", ["aws_iam_", argument, "_policy"]))
	terraform.points_at(r.config[argument], principal, "name")
}

# attached_policies(principal, argument): the aws_iam_policy resources an aws_iam_<argument>_policy_attachment
# or an aws_iam_policy_attachment (roles, users, groups) attaches to the principal.
attached_policies(principal, argument) := {policy.id |
	some attachment in terraform.resources(concat("", ["aws_iam_", argument, "_policy_attachment"]))
	terraform.points_at(attachment.config[argument], principal, "name")
	some policy in terraform.resources("aws_iam_policy")
	values.refers_to(attachment.config.policy_arn, policy.id)
} | {policy.id |
	some attachment in terraform.resources("aws_iam_policy_attachment")
	some name in iam.as_list(attachment.config[concat("", [argument, "s"])])
	terraform.points_at(name, principal, "name")
	some policy in terraform.resources("aws_iam_policy")
	values.refers_to(attachment.config.policy_arn, policy.id)
}

# listed_policies(principal): the aws_iam_policy resources in a role's managed_policy_arns.
listed_policies(principal) := {policy.id |
	some arn in iam.as_list(principal.config.managed_policy_arns)
	some policy in terraform.resources("aws_iam_policy")
	values.refers_to(arn, policy.id)
}

# sources_of[id]: the aws_iam_policy_document data sources a policy resource's policy argument is
# written from (policy = data.aws_iam_policy_document.x.json).
sources_of[r.id] := {source.id |
	some source in aws.policy_document_sources
	values.refers_to(r.config.policy, source.id)
} if {
	some r in terraform.resources_of({"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"})
	values.is_unknown(r.config.policy)
}
