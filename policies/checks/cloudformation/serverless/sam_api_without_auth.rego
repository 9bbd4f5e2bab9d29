# METADATA
# title: SAM API has no default authorizer
# description: >-
#   An AWS::Serverless::Api or AWS::Serverless::HttpApi declares no
#   Auth.DefaultAuthorizer (nor does the Globals Api/HttpApi section), so every
#   route that does not name its own authorizer is open to anyone on the
#   internet. APIs defined by an OpenAPI document (DefinitionBody or
#   DefinitionUri), whose security may live in the document, are not reported,
#   nor are APIs without a route in the template (no function or state machine
#   event, API Gateway method or route refers to them): they expose nothing.
# related_resources:
#   - ref: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-controlling-access-to-apis.html
# custom:
#   id: EVD-CFN-032
#   severity: medium
#   remediation: >-
#     Set Auth.DefaultAuthorizer to a Cognito, Lambda, JWT or AWS_IAM authorizer
#     and mark only deliberately public routes with Authorizer NONE.
#   selector:
#     input: cloudformation
#     resources: [AWS::Serverless::Api, AWS::Serverless::HttpApi]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An API that serves ePHI must verify who is calling (person or entity authentication) before granting access.
#     gdpr: Authenticating every route by default is data protection by design for an API that processes personal data.
package evident.checks.cloudformation.sam_api_without_auth

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

section := {"AWS::Serverless::Api": "Api", "AWS::Serverless::HttpApi": "HttpApi"}

deny contains f if {
	some type, name in section
	some api in cfn.resources(type)
	not cfn.given(api.properties, "DefinitionBody")
	not cfn.given(api.properties, "DefinitionUri")
	not has_default_authorizer(api.properties)
	not has_default_authorizer(globals_properties(name))
	routed(api)
	f := finding.of(api, finding.format("%s has no Auth.DefaultAuthorizer (routes without their own authorizer are public)", [api.id]))
}

has_default_authorizer(props) if values.is_unknown(props.Auth)

has_default_authorizer(props) if cfn.given(props.Auth, "DefaultAuthorizer")

globals_properties(name) := props if {
	props := cfn.globals(name).properties
} else := {}

# routed(api): something of the template adds a route to the API: an event of a
# SAM function or state machine (RestApiId / ApiId), an AWS::ApiGateway::Method
# or an AWS::ApiGatewayV2::Route. An undecided reference (Fn::If) that may be
# the API counts.
routed(api) if {
	some source in cfn.resources_of(["AWS::Serverless::Function", "AWS::Serverless::StateMachine"])
	some event in source.properties.Events
	event.Type == section[api.type]
	values.refers_to(event.Properties[api_key[api.type]], api.id)
}

routed(api) if {
	some method in cfn.resources_of(["AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"])
	some key in ["RestApiId", "ApiId"]
	values.refers_to(method.properties[key], api.id)
}

api_key := {"AWS::Serverless::Api": "RestApiId", "AWS::Serverless::HttpApi": "ApiId"}
