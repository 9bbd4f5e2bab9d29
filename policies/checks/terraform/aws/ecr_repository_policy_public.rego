# METADATA
# title: ECR repository or registry policy grants access to everyone
# description: >-
#   An ECR repository policy (aws_ecr_repository_policy) or registry policy
#   (aws_ecr_registry_policy), written as literal JSON, jsonencode() or an
#   aws_iam_policy_document data source of the same module, has an Allow
#   statement for Principal "*" (or AWS = "*") that no condition restricts,
#   so any AWS account can perform its actions: pull the images, which carry
#   the application code and often configuration embedded in it, push or
#   replicate images that the workloads will run, or rewrite the policy. A
#   condition only on keys the client sets (aws:Referer, aws:UserAgent,
#   aws:SecureTransport, s3:TlsVersion, …) does not count. Statements
#   restricted by another condition (aws:PrincipalOrgID, aws:PrincipalAccount,
#   aws:SourceVpce…), alone or alongside those keys, are not reported, nor
#   are policies whose content is not known (a variable, a file outside the
#   module, a data source that merges other documents). ECR Public
#   repositories (aws_ecrpublic_*) exist to be public and are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html
# custom:
#   id: EVD-TF-190
#   severity: high
#   remediation: >-
#     Name the accounts or roles that pull and push, or restrict the statement
#     with an aws:PrincipalOrgID (or aws:PrincipalAccount) condition for
#     access across the organisation.
#   selector:
#     input: terraform
#     resources: [aws_ecr_repository_policy, aws_ecr_registry_policy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Images of the systems that process ePHI, and the configuration and credentials baked into them, must be limited to authorized persons and programs; a public grant authorizes every AWS account.
#     gdpr: Data protection by default means the systems that process personal data are not made available to, or alterable by, an indefinite number of people.
package evident.checks.terraform.ecr_repository_policy_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform

kinds := {"aws_ecr_repository_policy": "repository", "aws_ecr_registry_policy": "registry"}

deny contains f if {
	some r in terraform.resources_of({"aws_ecr_repository_policy", "aws_ecr_registry_policy"})
	doc := aws.resource_policy(r.config.policy)
	some st in iam.statements(doc)
	how := iam.public_statement(st)
	f := finding.at(r, ["config", "policy"], finding.format("%s has a %s policy that allows %s to anyone (Principal \"*\" %s)", [r.id, kinds[r.type], iam.action_text(st), how]))
}
