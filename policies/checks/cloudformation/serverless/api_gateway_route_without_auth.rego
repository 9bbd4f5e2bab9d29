# METADATA
# title: API Gateway method or route accepts calls without authorization
# description: >-
#   An AWS::ApiGateway::Method (REST API) has AuthorizationType NONE or leaves
#   it out (NONE is the default) and does not require an API key, or an
#   AWS::ApiGatewayV2::Route (HTTP or WebSocket API) does the same with its
#   AuthorizationType. Anyone on the internet who finds the URL can then call
#   the integration behind it with no identity at all, and nothing the API logs
#   says who asked for the data. A SAM API's DefaultAuthorizer does not cover
#   these resources: it applies to the routes SAM creates from function events
#   (EVD-CFN-032 judges those). Not reported: OPTIONS methods and routes (CORS
#   preflight), methods of a REST API whose endpoint type is PRIVATE, WebSocket
#   routes other than $connect, and values not known statically. A deliberately
#   public route is best suppressed with that reason. Twin of EVD-TF-301.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
# custom:
#   id: EVD-CFN-129
#   severity: medium
#   remediation: >-
#     Set AuthorizationType to AWS_IAM, COGNITO_USER_POOLS, CUSTOM or JWT with
#     an AuthorizerId; make an internal REST API PRIVATE.
#   selector:
#     input: cloudformation
#     resources: [AWS::ApiGateway::Method, AWS::ApiGatewayV2::Route]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An API that serves ePHI must verify who is calling (person or entity authentication) before granting access.
#     gdpr: Authenticating every route by default is data protection by design for an API that processes personal data.
package evident.checks.cloudformation.api_gateway_route_without_auth

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some method in cfn.resources("AWS::ApiGateway::Method")
	values.absent_or_null(method.properties, "AuthorizationType")
	open_method(method)
	f := finding.of(method, finding.format("%s accepts %s requests without authorization (no AuthorizationType, default NONE; no API key)", [method.id, method.properties.HttpMethod]))
}

deny contains f if {
	some method in cfn.resources("AWS::ApiGateway::Method")
	values.lower_text(method.properties.AuthorizationType) == "none"
	open_method(method)
	f := finding.at(method, ["properties", "AuthorizationType"], finding.format("%s accepts %s requests without authorization (AuthorizationType NONE, no API key)", [method.id, method.properties.HttpMethod]))
}

deny contains f if {
	some route in cfn.resources("AWS::ApiGatewayV2::Route")
	values.absent_or_null(route.properties, "AuthorizationType")
	judged(route)
	f := finding.of(route, finding.format("%s (%s) has no AuthorizationType (default NONE): it accepts calls without authorization", [route.id, route.properties.RouteKey]))
}

deny contains f if {
	some route in cfn.resources("AWS::ApiGatewayV2::Route")
	values.lower_text(route.properties.AuthorizationType) == "none"
	judged(route)
	f := finding.at(route, ["properties", "AuthorizationType"], finding.format("%s (%s) sets AuthorizationType NONE: it accepts calls without authorization", [route.id, route.properties.RouteKey]))
}

# open_method(method): a method other than OPTIONS, without a required API key, of an API not
# known to be PRIVATE.
open_method(method) if {
	is_string(method.properties.HttpMethod)
	upper(method.properties.HttpMethod) != "OPTIONS"
	not values.may_be(object.get(method.properties, "ApiKeyRequired", false), true)
	not values.true_value(object.get(method.properties, "ApiKeyRequired", false))
	not private_api(method.properties.RestApiId)
}

# judged(route): an HTTP API route other than OPTIONS ("METHOD /path", or $default of an API
# known to be HTTP), or a WebSocket API's $connect route. Other WebSocket routes cannot be
# authorized.
judged(route) if aws.http_api_route_key(route.properties.RouteKey)

judged(route) if route.properties.RouteKey == "$connect"

judged(route) if {
	route.properties.RouteKey == "$default"
	some api in cfn.resources("AWS::ApiGatewayV2::Api")
	values.refers_to(route.properties.ApiId, api.id)
	values.lower_text(api.properties.ProtocolType) == "http"
}

# private_api(id): the method's REST API is in the template and reachable only through VPC
# endpoints (EndpointConfiguration Types [PRIVATE], or a SAM API's Type PRIVATE).
private_api(id) if {
	some api in cfn.resources("AWS::ApiGateway::RestApi")
	values.refers_to(id, api.id)
	api.properties.EndpointConfiguration.Types == ["PRIVATE"]
}

private_api(id) if {
	some api in cfn.resources("AWS::Serverless::Api")
	values.refers_to(id, api.id)
	private_sam_endpoint(api.properties.EndpointConfiguration)
}

private_sam_endpoint(v) if values.lower_text(v) == "private"

private_sam_endpoint(v) if values.lower_text(v.Type) == "private"
