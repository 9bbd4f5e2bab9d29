# METADATA
# title: AppSync GraphQL API authenticates callers with an API key only
# description: >-
#   An aws_appsync_graphql_api has authentication_type "API_KEY" and no
#   additional authentication provider of another type. An API key is a shared
#   secret that ships inside every client that calls the API (a web page, a
#   mobile app); it identifies no user, anyone who copies it can run every
#   query and mutation of the schema until it expires, and the API's logs
#   cannot say who asked for which record. AWS recommends API keys for
#   development or for data that may be public. A value from a variable is not
#   judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api
# custom:
#   id: EVD-TF-308
#   severity: medium
#   remediation: >-
#     Set authentication_type to AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT,
#     AWS_IAM or AWS_LAMBDA; keep API_KEY, if at all, as an additional provider
#     for fields marked @aws_api_key that hold no personal data.
#   selector:
#     input: terraform
#     resources: [aws_appsync_graphql_api]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)", "164.312(b)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An API that serves ePHI must authenticate the person or entity calling it, and its audit trail needs to know who that was.
#     gdpr: Authenticating each caller of an API over personal data is data protection by design; a shared key authenticates no one.
package evident.checks.terraform.appsync_api_key_only

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some api in terraform.resources("aws_appsync_graphql_api")
	values.lower_text(api.config.authentication_type) == "api_key"
	not terraform.dynamic(api.config, "additional_authentication_provider")
	every provider in terraform.blocks(api.config, "additional_authentication_provider") {
		values.lower_text(provider.authentication_type) == "api_key"
	}
	f := finding.at(api, ["config", "authentication_type"], finding.format("%s authenticates callers with an API key only (authentication_type = \"API_KEY\"): no caller is identified", [api.id]))
}
