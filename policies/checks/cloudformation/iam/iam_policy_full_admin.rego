# METADATA
# title: IAM policy grants administrator access (every action, or every IAM action, on every resource)
# description: >-
#   An IAM policy document of the template (AWS::IAM::Policy and
#   AWS::IAM::ManagedPolicy, the inline Policies of AWS::IAM::Role, User and
#   Group, or the inline statements in the Policies of a SAM function or state
#   machine) has an Allow statement with Action "*" and Resource "*". Whoever
#   holds it is an administrator of the account, including every data store
#   and key; least privilege is the basis of access control to personal data.
#   Action "iam:*" on Resource "*" is reported too: it can attach
#   AdministratorAccess to itself or create an administrator. The
#   PolicyDocument of AWS::IAM::Policy, ManagedPolicy and of the inline
#   Policies of a role, user or group is read whether it is written as an
#   object or as a JSON string (CloudFormation accepts both); a string that is
#   not valid JSON, or that the template builds from values only known at
#   deploy time (!Sub with a parameter or attribute, !Join with a Ref), is not
#   read. Statements the template leaves undecided (!If on a parameter) are
#   not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: EVD-CFN-035
#   severity: high
#   remediation: >-
#     List the actions and resources the principal needs; keep administrator
#     access to a small break-glass role with MFA.
#   selector:
#     input: cloudformation
#     resources: [AWS::IAM::Policy, AWS::IAM::ManagedPolicy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group, AWS::Serverless::Function, AWS::Serverless::StateMachine]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role (access authorization); "*" on "*" grants everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.cloudformation.iam_policy_full_admin

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.values

# documents: every policy document of the template, as {resource, path, doc}.
# An IAM PolicyDocument may be an object or a JSON string (aws.document parses
# the string; an unknown value, such as a !Sub with a parameter, gives none).
deny contains f if {
	some document in cfn.iam_documents
	values.known_object(document.doc)
	some st in iam.statements(document.doc)
	action := iam.administrator_grant(st)
	f := finding.at(document.resource, document.path, finding.format(messages[action], [document.resource.id]))
}

messages := {
	"*": "%s has a policy that allows Action \"*\" on Resource \"*\" (full administrator access)",
	"iam:*": "%s has a policy that allows Action \"iam:*\" on Resource \"*\" (it can grant itself full administrator access)",
}
