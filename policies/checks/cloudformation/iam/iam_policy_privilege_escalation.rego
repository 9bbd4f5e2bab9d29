# METADATA
# title: IAM policy lets its holder make itself an administrator
# description: >-
#   The IAM policies a resource of the template holds (AWS::IAM::Policy and
#   ManagedPolicy, the inline Policies of a role, user or group, or the inline
#   statements in the Policies of a SAM function or state machine) allow, on
#   Resource "*" and without a Condition, a set of actions that escalates to
#   administrator access: a new default version of a policy, a policy attached
#   to or written into a user, group or role, another user's access key or
#   console password, itself added to a group, a role's trust policy rewritten
#   and the role assumed, a role passed to a service that runs code with it
#   (iam:PassRole with ec2:RunInstances, with lambda:CreateFunction and
#   lambda:InvokeFunction, with cloudformation:CreateStack, with
#   glue:CreateDevEndpoint), or new code in a function or dev endpoint that
#   already runs with a role (lambda:UpdateFunctionCode,
#   glue:UpdateDevEndpoint). Whoever holds the policy is then an administrator
#   of the account one or two API calls away. Each resource's policies are
#   judged together, and a role, user or group also with the AWS::IAM::Policy
#   and ManagedPolicy resources that name it (Roles, Users, Groups) or that its
#   ManagedPolicyArns reference. A policy whose Action is "*" or "iam:*" on "*"
#   is left to EVD-CFN-035; statements on named resources or
#   with a Condition, and documents not known here, are not judged. Twin of
#   EVD-TF-313.
# related_resources:
#   - ref: https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: EVD-CFN-135
#   severity: high
#   remediation: >-
#     Name the resources these actions may touch (the roles a pipeline may pass,
#     the functions it may update), add conditions (iam:PassedToService,
#     aws:ResourceTag), or move the rights to a separate, guarded role; a
#     permissions boundary caps what a principal can grant itself.
#   selector:
#     input: cloudformation
#     resources: [AWS::IAM::Policy, AWS::IAM::ManagedPolicy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group, AWS::Serverless::Function, AWS::Serverless::StateMachine]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: A grant that lets its holder give itself every right defeats access authorization by role, as administrator access does.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing; a path to administrator access is the absence of it.
package evident.checks.cloudformation.iam_policy_privilege_escalation

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.values

# documents_of[id]: the known documents a resource holds; statements_of[id] their statements
# together, escalations_of[id] the paths they open, each computed once per resource.
documents_of[id] := [document |
	some document in cfn.iam_documents
	document.resource.id == id
	values.known_object(document.doc)
] if {
	some holder in cfn.iam_documents
	id := holder.resource.id
}

statements_of[id] := [st | some document in documents; some st in iam.statements(document.doc)] if {
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
	f := finding.at(document.resource, document.path, finding.format("%s has policies that let whoever holds them make themselves an administrator: they allow %s on Resource \"*\" without a condition", [id, concat("; ", sort(methods))]))
}

first_document(id) := document if {
	paths := {d.path | some d in documents_of[id]}
	some document in documents_of[id]
	document.path == min(paths)
}

# ------------------------------------------------------------ what a principal holds together

# The property of a policy that lists the principals it applies to, by principal type, and the
# property that names a principal.
principal_lists := {"AWS::IAM::Role": ["Roles", "RoleName"], "AWS::IAM::User": ["Users", "UserName"], "AWS::IAM::Group": ["Groups", "GroupName"]}

deny contains f if {
	some type, names in principal_lists
	some principal in cfn.resources(type)
	held := {id | some id in held_policies(principal, names); statements_of[id]}
	count(held) > 1
	statements := [st | some id in held; some st in statements_of[id]]
	not iam.grants_administrator(statements)
	alone := {m | some id in held; some m in escalations_of[id]}
	together := iam.escalations(statements) - alone
	count(together) > 0
	f := finding.of(principal, finding.format("%s holds policies that together let it make itself an administrator: %s allow %s on Resource \"*\" without a condition", [principal.id, concat(", ", sort(held)), concat("; ", sort(together))]))
}

# held_policies(principal, [list_key, name_key]): the principal itself (its inline Policies), the
# policies that list it, and the managed policies its ManagedPolicyArns reference.
held_policies(principal, [list_key, name_key]) := ({principal.id} | {policy.id |
	some policy in cfn.resources_of({"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"})
	some v in cfn.as_list(policy.properties[list_key])
	cfn.points_at(v, principal, name_key)
}) | {policy.id |
	some arn in cfn.as_list(principal.properties.ManagedPolicyArns)
	some policy in cfn.resources("AWS::IAM::ManagedPolicy")
	cfn.points_at(arn, policy, "ManagedPolicyName")
}
