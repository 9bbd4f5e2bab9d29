# METADATA
# title: AppSync GraphQL API authenticates callers with an API key only
# description: >-
#   An AWS::AppSync::GraphQLApi has AuthenticationType API_KEY and no
#   AdditionalAuthenticationProviders of another type. An API key is a shared
#   secret that ships inside every client that calls the API; it identifies no
#   user, anyone who copies it can run every query and mutation of the schema
#   until it expires, and the API's logs cannot say who asked for which
#   record. A value not known statically is not judged. Twin of EVD-TF-308.
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlapi.html
# custom:
#   id: EVD-CFN-134
#   severity: medium
#   remediation: >-
#     Set AuthenticationType to AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT,
#     AWS_IAM or AWS_LAMBDA; keep API_KEY, if at all, as an additional provider
#     for fields marked @aws_api_key that hold no personal data.
#   selector:
#     input: cloudformation
#     resources: [AWS::AppSync::GraphQLApi]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)", "164.312(b)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An API that serves ePHI must authenticate the person or entity calling it, and its audit trail needs to know who that was.
#     gdpr: Authenticating each caller of an API over personal data is data protection by design; a shared key authenticates no one.
package evident.checks.cloudformation.appsync_api_key_only

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some api in cfn.resources("AWS::AppSync::GraphQLApi")
	values.lower_text(api.properties.AuthenticationType) == "api_key"
	providers := object.get(api.properties, "AdditionalAuthenticationProviders", [])
	is_array(providers)
	every provider in providers {
		values.lower_text(provider.AuthenticationType) == "api_key"
	}
	f := finding.at(api, ["properties", "AuthenticationType"], finding.format("%s authenticates callers with an API key only (AuthenticationType API_KEY): no caller is identified", [api.id]))
}
