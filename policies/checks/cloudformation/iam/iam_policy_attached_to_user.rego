# METADATA
# title: IAM permissions are granted to a user directly
# description: >-
#   An IAM user receives permissions directly instead of through a group or a
#   role: an AWS::IAM::User with inline Policies or with ManagedPolicyArns, an
#   AWS::IAM::UserPolicy (an inline policy of one user), or an AWS::IAM::Policy
#   or AWS::IAM::ManagedPolicy whose Users list is not empty. Permissions held person by person drift from the job they were
#   granted for, are missed when access is reviewed or a role changes, and
#   stay with the user until someone finds them. A list that is not known
#   statically (a parameter, an unresolved Fn::If), or whose every item is an
#   unresolved Fn::If (which may be AWS::NoValue), is not reported. Severity
#   low: the grant may be exactly what the user needs; what is at stake is how
#   access is managed and reviewed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html
# custom:
#   id: EVD-CFN-091
#   severity: low
#   remediation: >-
#     Move the policies to an AWS::IAM::Group (Policies, ManagedPolicyArns, or
#     the policy's Groups) and list the group in the user's Groups, or let
#     people and workloads assume an AWS::IAM::Role (IAM Identity Center for
#     people); then remove the user's Policies, ManagedPolicyArns and the
#     policies' Users.
#   selector:
#     input: cloudformation
#     resources: [AWS::IAM::User, AWS::IAM::UserPolicy, AWS::IAM::Policy, AWS::IAM::ManagedPolicy]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)"]
#   rationale:
#     hipaa: Granting access to ePHI by group or role keeps authorization tied to job function, so it is established, reviewed and changed per role rather than per person.
#     gdpr: Role-based grants make least-privilege access part of how the systems are built, an element of data protection by design.
package evident.checks.cloudformation.iam_policy_attached_to_user

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some user in cfn.resources("AWS::IAM::User")
	listed(user.properties, "Policies")
	f := finding.at(user, ["properties", "Policies"], finding.format("%s has inline Policies (grant permissions through a group or role)", [user.id]))
}

deny contains f if {
	some user in cfn.resources("AWS::IAM::User")
	listed(user.properties, "ManagedPolicyArns")
	f := finding.at(user, ["properties", "ManagedPolicyArns"], finding.format("%s has ManagedPolicyArns attached directly (grant permissions through a group or role)", [user.id]))
}

deny contains f if {
	some policy in cfn.resources("AWS::IAM::UserPolicy")
	f := finding.of(policy, finding.format("%s is an inline policy of an IAM user (grant permissions through a group or role)", [policy.id]))
}

deny contains f if {
	some policy in cfn.resources_of(["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"])
	listed(policy.properties, "Users")
	f := finding.at(policy, ["properties", "Users"], finding.format("%s is attached directly to IAM users (Users; grant permissions through a group or role)", [policy.id]))
}

# listed(props, key): props[key] is a known list with an item that exists (an
# unresolved Fn::If item may be AWS::NoValue).
listed(props, key) if {
	is_array(props[key])
	some item in props[key]
	not cfn.may_be_absent(item)
}
