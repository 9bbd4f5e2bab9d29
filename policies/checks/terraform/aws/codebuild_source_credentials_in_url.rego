# METADATA
# title: CodeBuild project source URL embeds credentials
# description: >-
#   The location of an aws_codebuild_project's source or secondary_sources
#   block is a repository URL that carries credentials in its user info: a
#   user name and password or token (https://user:token@github.com/org/repo),
#   or a token alone as the user name (https://ghp_…@github.com/org/repo, a
#   GitHub, GitLab or Bitbucket token by its prefix, or a run of 20 or more
#   letters, digits and underscores with both letters and digits). The token
#   is committed with the code, kept in the state and returned to every
#   principal allowed codebuild:BatchGetProjects, and gives access to the
#   repository as its owner. Not reported: a user name alone
#   (https://jdoe@bitbucket.org/…, as Bitbucket writes clone URLs); a password
#   that is a placeholder ({token}, <token>, $TOKEN, ****); locations that are
#   unknown (a variable without value, a resource attribute, an interpolation
#   of one); a location that is, or interpolates, a secret-looking variable
#   with a committed value (reported by EVD-TF-057 at the variable); plan files (their values may
#   have been passed at plan time). The password test is EVD-TF-202's
#   (policies/lib/env.rego, network.credential_url with placeholders left
#   out).
# related_resources:
#   - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-source-repo-url-check.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#source
# custom:
#   id: EVD-TF-230
#   severity: high
#   remediation: >-
#     Write the location without credentials (https://github.com/org/repo.git)
#     and let CodeBuild authenticate to the provider: an
#     aws_codebuild_source_credential (auth_type = "PERSONAL_ACCESS_TOKEN" with
#     a token read from Secrets Manager, or "CODECONNECTIONS" with a
#     connection's ARN), or source { auth { type = "CODECONNECTIONS", resource
#     = aws_codestarconnections_connection.x.arn } }. Revoke the exposed token.
#   selector:
#     input: terraform
#     resources: [aws_codebuild_project]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(3)(i)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A repository token readable by everyone with access to the code, the state or the build project gives access to the build's code and secrets outside the access granted to each workforce member, breaking access control and person-or-entity authentication.
#     gdpr: A leaked token to the code that processes personal data undermines the confidentiality and integrity of processing systems.
package evident.checks.terraform.codebuild_source_credentials_in_url

import data.evident.lib.aws
import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	not input.format == "plan"
	some project in terraform.resources("aws_codebuild_project")
	some key in ["source", "secondary_sources"]
	some i, source in terraform.blocks(project.config, key)
	location := source.location
	aws.literal_secret(location)
	what := env.url_credentials(location)
	not from_committed_secret(location)
	path := array.concat(array.concat(["config"], terraform.block_path(project.config, key, i)), ["location"])
	f := finding.secret_at(project, path, finding.format("%s sets a %s location with %s in the URL", [project.id, key, what]))
}

# from_committed_secret(location): the location is, or contains, the committed value
# of a secret-looking variable (https://${var.git_token}@…, resolved): EVD-TF-057
# reports it at the variable.
from_committed_secret(location) if {
	some value in aws.committed_secret_values
	is_string(value)
	value != ""
	contains(location, value)
}
