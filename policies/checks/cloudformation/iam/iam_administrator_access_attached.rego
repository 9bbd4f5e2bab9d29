# METADATA
# title: AdministratorAccess managed policy is attached
# description: >-
#   The AWS managed policy AdministratorAccess is attached to a role, user or
#   group (ManagedPolicyArns of AWS::IAM::Role, User and Group, written as the
#   ARN or as !Sub with ${AWS::Partition}), or named in the Policies of a SAM
#   function or state machine. It grants every action on every resource,
#   including all data stores and keys.
# related_resources:
#   - ref: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
# custom:
#   id: EVD-CFN-036
#   severity: high
#   remediation: >-
#     Attach a policy limited to the actions and resources needed; keep
#     AdministratorAccess for a break-glass role assumed with MFA, outside
#     application stacks.
#   selector:
#     input: cloudformation
#     resources: [AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group, AWS::Serverless::Function, AWS::Serverless::StateMachine]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role; administrator access grants everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.cloudformation.iam_administrator_access_attached

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.values

# admin_arn(v): the ARN of AdministratorAccess in any partition, literal or
# as !Sub "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess" (the
# partition is the only part the template leaves open, and the policy is the
# same in every partition).
admin_arn(v) if iam.administrator_access_arn(v)

admin_arn(v) if {
	values.is_unknown(v)
	v.__unknown__ == concat("", ["Fn::Sub arn:${AWS::Partition}", iam.administrator_access_suffix])
}

deny contains f if {
	some r in cfn.resources_of({"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"})
	some i, arn in cfn.as_list(r.properties.ManagedPolicyArns)
	admin_arn(arn)
	f := finding.at(r, ["properties", "ManagedPolicyArns", i], finding.format("%s attaches the AdministratorAccess managed policy", [r.id]))
}

# SAM names AWS managed policies by name or ARN, alone or in a list.
deny contains f if {
	some r in cfn.resources_of({"AWS::Serverless::Function", "AWS::Serverless::StateMachine"})
	is_array(r.properties.Policies)
	some i, policy in r.properties.Policies
	sam_admin(policy)
	f := finding.at(r, ["properties", "Policies", i], finding.format("%s attaches the AdministratorAccess managed policy", [r.id]))
}

deny contains f if {
	some r in cfn.resources_of({"AWS::Serverless::Function", "AWS::Serverless::StateMachine"})
	sam_admin(r.properties.Policies)
	f := finding.at(r, ["properties", "Policies"], finding.format("%s attaches the AdministratorAccess managed policy", [r.id]))
}

sam_admin(v) if v == "AdministratorAccess"

sam_admin(v) if admin_arn(v)
