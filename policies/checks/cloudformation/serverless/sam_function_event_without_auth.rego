# METADATA
# title: SAM function event creates an unauthenticated API route
# description: >-
#   An AWS::Serverless::Function has an Api or HttpApi event without RestApiId
#   / ApiId, so SAM adds the route to the implicit ServerlessRestApi or
#   ServerlessHttpApi, and neither the event (Auth.Authorizer) nor the Globals
#   Api/HttpApi section names an authorizer: anyone on the internet can call
#   the function. Events that set Authorizer NONE on purpose are reported too,
#   with that reason in the message.
# related_resources:
#   - ref: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
# custom:
#   id: EVD-CFN-033
#   severity: medium
#   remediation: >-
#     Declare an AWS::Serverless::Api/HttpApi with Auth.DefaultAuthorizer and
#     point the event at it (RestApiId/ApiId), or set Auth.DefaultAuthorizer in
#     the Globals Api/HttpApi section, or give the event Auth.Authorizer.
#   selector:
#     input: cloudformation
#     resources: [AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An endpoint that serves ePHI must verify who is calling (person or entity authentication) before granting access.
#     gdpr: Authenticating every route by default is data protection by design for an API that processes personal data.
package evident.checks.cloudformation.sam_function_event_without_auth

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# event type → [the property naming an explicit API, the Globals section of the implicit API]
event_types := {"Api": ["RestApiId", "Api"], "HttpApi": ["ApiId", "HttpApi"]}

deny contains f if {
	some fn in cfn.resources("AWS::Serverless::Function")
	events := fn.properties.Events
	is_object(events)
	some name, event in events
	[api_key, section] := event_types[event.Type]
	props := object.get(event, "Properties", {})
	is_object(props)
	not values.has_key(props, api_key)
	not globally_authorized(section)
	reason := unauthenticated(props)
	f := finding.at(fn, ["properties", "Events", name], finding.format("function %s event %s adds a route to the implicit %s %s", [fn.id, name, section, reason]))
}

unauthenticated(props) := "with Authorizer NONE" if {
	props.Auth.Authorizer == "NONE"
} else := "without an authorizer" if {
	not values.is_unknown(object.get(props, "Auth", {}))
	not cfn.given(object.get(props, "Auth", {}), "Authorizer")
}

globally_authorized(section) if {
	auth := cfn.globals(section).properties.Auth
	values.is_unknown(auth)
}

globally_authorized(section) if cfn.given(cfn.globals(section).properties.Auth, "DefaultAuthorizer")
