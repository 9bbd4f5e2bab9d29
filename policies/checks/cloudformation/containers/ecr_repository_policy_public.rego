# METADATA
# title: ECR repository or registry policy grants access to everyone
# description: >-
#   The RepositoryPolicyText of an AWS::ECR::Repository, or the PolicyText of
#   an AWS::ECR::RegistryPolicy (an object, or a JSON string), has an Allow
#   statement for Principal "*" (or AWS "*") that no condition restricts, so
#   any AWS account can perform its actions: pull the images, which carry the
#   application code and often configuration embedded in it, push or
#   replicate images that the workloads will run, or rewrite the policy. A
#   condition only on keys the client sets (aws:Referer, aws:UserAgent,
#   aws:SecureTransport, s3:TlsVersion, …) does not count. Statements
#   restricted by another condition (aws:PrincipalOrgID, aws:PrincipalAccount,
#   aws:SourceVpce…), alone or alongside those keys, are not reported, nor
#   are statements the template leaves undecided (a parameter without
#   default, Fn::If on an undecidable condition).
#   AWS::ECR::PublicRepository exists to be public and is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html
# custom:
#   id: EVD-CFN-073
#   severity: high
#   remediation: >-
#     Name the accounts or roles that pull and push, or restrict the statement
#     with an aws:PrincipalOrgID (or aws:PrincipalAccount) condition for
#     access across the organisation.
#   selector:
#     input: cloudformation
#     resources: ["AWS::ECR::Repository", "AWS::ECR::RegistryPolicy"]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Images of the systems that process ePHI, and the configuration and credentials baked into them, must be limited to authorized persons and programs; a public grant authorizes every AWS account.
#     gdpr: Data protection by default means the systems that process personal data are not made available to, or alterable by, an indefinite number of people.
package evident.checks.cloudformation.ecr_repository_policy_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

# policy_keys[type]: the property that holds the policy, and what it governs.
policy_keys := {
	"AWS::ECR::Repository": ["RepositoryPolicyText", "repository"],
	"AWS::ECR::RegistryPolicy": ["PolicyText", "registry"],
}

deny contains f if {
	some r in cfn.resources_of({"AWS::ECR::Repository", "AWS::ECR::RegistryPolicy"})
	[key, kind] := policy_keys[r.type]
	doc := aws.document(r.properties[key])
	some st in iam.statements(doc)
	how := iam.public_statement(st)
	f := finding.at(r, ["properties", key], finding.format("%s has a %s policy that allows %s to anyone (Principal \"*\" %s)", [r.id, kind, iam.action_text(st), how]))
}
