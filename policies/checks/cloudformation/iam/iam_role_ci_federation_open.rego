# METADATA
# title: IAM role trusts a CI service's OIDC tokens without naming the repository owner
# description: >-
#   The AssumeRolePolicyDocument of an AWS::IAM::Role (an object, or a JSON
#   string) lets the OIDC tokens of GitHub Actions
#   (token.actions.githubusercontent.com), GitLab.com (gitlab.com) or HCP
#   Terraform (app.terraform.io) assume the role
#   (sts:AssumeRoleWithWebIdentity) with no condition on the token's subject
#   (<issuer>:sub), or with one whose value names no owner: "*", "repo:*",
#   "repo:acme*" (StringLike: any owner whose name starts so), or a subject
#   that starts with a claim other than the owner ("environment:production",
#   "ref:refs/heads/main": repository owners choose their own subject format).
#   One issuer signs the tokens of every repository, project or organization of
#   the service, and the audience (sts.amazonaws.com) is the same for all, so
#   anyone can create a repository whose workflow assumes the role and act with
#   its permissions on the data it reaches. The issuer is read from the
#   federated principal (the OIDC provider's ARN, written out or in a !Sub, or a
#   Ref or Fn::GetAtt of an AWS::IAM::OIDCProvider of the template whose Url
#   names it) or from the statement's condition keys. Not reported: a sub
#   condition (StringEquals, StringLike) every value of which names the owner
#   ("repo:acme/records:*", "repo:acme/*", "project_path:acme/",
#   "organization:acme:"), statements that also test another claim of the issuer
#   (AWS passes no claim but aud and sub to IAM, so such a test never holds),
#   other issuers (an identity provider of one's own), and
#   statements the template leaves undecided (a parameter without default as
#   the subject, an Fn::If on an undecidable condition).
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-oidcprovider.html
# custom:
#   id: EVD-CFN-104
#   severity: high
#   remediation: >-
#     Add a condition on the sub claim that names your organization and
#     repository, e.g. StringLike "token.actions.githubusercontent.com:sub":
#     "repo:<org>/<repo>:ref:refs/heads/main" (GitLab:
#     "project_path:<group>/<project>:…"; HCP Terraform: "organization:<org>:…").
#   selector:
#     input: cloudformation
#     resources: ["AWS::IAM::Role", "AWS::IAM::OIDCProvider"]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.312(d)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs, and the entity must verify who seeks access; a token any GitHub user can obtain authenticates no one.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people, here every user of a public CI service.
package evident.checks.cloudformation.iam_role_ci_federation_open

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some r in cfn.resources("AWS::IAM::Role")
	doc := aws.document(r.properties.AssumeRolePolicyDocument)
	some st in iam.statements(doc)
	is_object(st)
	some host in hosts(st)
	gap := iam.ci_trust_gap(st, host)
	f := finding.at(r, ["properties", "AssumeRolePolicyDocument"], iam.ci_trust_message(r.id, host, gap))
}

# hosts(st): the CI issuers the statement names, and those of the
# AWS::IAM::OIDCProvider resources its federated principal refers to.
hosts(st) := iam.ci_hosts_named(st) | {host |
	some id in iam.federated_identifiers(st)
	some p in cfn.resources("AWS::IAM::OIDCProvider")
	cfn.ref_id(id) == p.id
	host := iam.issuer_of_url(p.properties.Url)
}
