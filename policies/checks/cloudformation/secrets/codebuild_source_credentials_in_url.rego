# METADATA
# title: CodeBuild project source URL embeds credentials
# description: >-
#   The Location of an AWS::CodeBuild::Project's Source or of one of its
#   SecondarySources is a repository URL that carries credentials in its user
#   info: a user name and password or token
#   (https://user:token@github.com/org/repo), or a token alone as the user
#   name (https://ghp_…@github.com/org/repo, a GitHub, GitLab or Bitbucket
#   token by its prefix, or a run of 20 or more letters, digits and
#   underscores with both letters and digits). The token is committed with
#   the template, shown in the console and returned to every principal
#   allowed codebuild:BatchGetProjects, and gives access to the repository as
#   its owner. A Ref to a parameter takes the parameter's Default. Not
#   reported: a user name alone (https://jdoe@bitbucket.org/…, as Bitbucket
#   writes clone URLs); a password that is a placeholder ({token}, <token>,
#   $TOKEN, ****); locations from a parameter without a default, dynamic
#   references ({{resolve:…}}), references to resources and other
#   unresolved intrinsics. The password test is EVD-CFN-031's
#   (policies/lib/env.rego, network.credential_url with placeholders left
#   out).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-source.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-source-repo-url-check.html
#   - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html
# custom:
#   id: EVD-CFN-094
#   severity: high
#   remediation: >-
#     Write the Location without credentials (https://github.com/org/repo.git)
#     and let CodeBuild authenticate to the provider: an
#     AWS::CodeBuild::SourceCredential (ServerType GITHUB, AuthType
#     PERSONAL_ACCESS_TOKEN with Token: '{{resolve:secretsmanager:…}}'), or
#     Source.Auth {Type: CODECONNECTIONS, Resource: <connection ARN>}. Revoke
#     the exposed token.
#   selector:
#     input: cloudformation
#     resources: [AWS::CodeBuild::Project]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(3)(i)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A repository token readable by everyone with access to the template or the build project gives access to the build's code and secrets outside the access granted to each workforce member, breaking access control and person-or-entity authentication.
#     gdpr: A leaked token to the code that processes personal data undermines the confidentiality and integrity of processing systems.
package evident.checks.cloudformation.codebuild_source_credentials_in_url

import data.evident.lib.cloudformation as cfn
import data.evident.lib.env
import data.evident.lib.finding

deny contains f if {
	some project in cfn.resources("AWS::CodeBuild::Project")
	some [path, label] in sources(project.properties)
	location := object.get(project.properties, array.concat(path, ["Location"]), null)
	cfn.literal_secret(location)
	what := env.url_credentials(location)
	f := finding.secret_at(
		project,
		array.concat(array.concat(["properties"], path), ["Location"]),
		finding.format("%s sets a %s location with %s in the URL", [project.id, label, what]),
	)
}

# sources(props): [path, label] of the project's source and each secondary source.
sources(props) := array.concat([[["Source"], "Source"]], [[["SecondarySources", i], "SecondarySources"] |
	some i, source in cfn.as_list(object.get(props, "SecondarySources", []))
	is_object(source)
])
