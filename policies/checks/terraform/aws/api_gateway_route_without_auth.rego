# METADATA
# title: API Gateway method or route accepts calls without authorization
# description: >-
#   An aws_api_gateway_method (REST API) has authorization = "NONE" and does not
#   require an API key, or an aws_apigatewayv2_route (HTTP or WebSocket API) has
#   authorization_type "NONE" or leaves it out (NONE is the default). Anyone on
#   the internet who finds the URL can then call the integration behind it (a
#   function, a service, a database query) with no identity at all, and nothing
#   the API logs says who asked for the data. Not reported: OPTIONS methods and
#   routes (CORS preflight, which carry no data), methods of a REST API whose
#   endpoint type is PRIVATE (reachable only through VPC endpoints), WebSocket
#   routes other than $connect (only $connect can be authorized; the others run
#   on the connection it authorized), and values from variables. A deliberately
#   public route (a health check, a webhook that checks its own signature) is
#   best suppressed with that reason.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html
# custom:
#   id: EVD-TF-301
#   severity: medium
#   remediation: >-
#     Set authorization (REST) or authorization_type (HTTP, WebSocket $connect)
#     to AWS_IAM, COGNITO_USER_POOLS, CUSTOM or JWT with an authorizer_id; make
#     an internal REST API PRIVATE.
#   selector:
#     input: terraform
#     resources: [aws_api_gateway_method, aws_apigatewayv2_route]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(1)"]
#   rationale:
#     hipaa: An API that serves ePHI must verify who is calling (person or entity authentication) before granting access.
#     gdpr: Authenticating every route by default is data protection by design for an API that processes personal data.
package evident.checks.terraform.api_gateway_route_without_auth

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some method in terraform.resources("aws_api_gateway_method")
	values.lower_text(method.config.authorization) == "none"
	not values.lower_text(method.config.http_method) == "options"
	not values.may_be(object.get(method.config, "api_key_required", false), true)
	not private_api(method.config.rest_api_id)
	f := finding.at(method, ["config", "authorization"], finding.format("%s accepts %s requests without authorization (authorization = \"NONE\", no API key)", [method.id, method.config.http_method]))
}

deny contains f if {
	some route in terraform.resources("aws_apigatewayv2_route")
	values.absent_or_null(route.config, "authorization_type")
	judged(route)
	f := finding.of(route, finding.format("%s (%s) sets no authorization_type (default NONE): it accepts calls without authorization", [route.id, route.config.route_key]))
}

deny contains f if {
	some route in terraform.resources("aws_apigatewayv2_route")
	values.lower_text(route.config.authorization_type) == "none"
	judged(route)
	f := finding.at(route, ["config", "authorization_type"], finding.format("%s (%s) sets authorization_type = \"NONE\": it accepts calls without authorization", [route.id, route.config.route_key]))
}

# judged(route): an HTTP API route other than OPTIONS (route keys "METHOD /path", or $default of
# an API known to be HTTP), or a WebSocket API's $connect route. Other WebSocket routes
# (sendMessage, $disconnect, its $default) cannot be authorized.
judged(route) if aws.http_api_route_key(route.config.route_key)

judged(route) if route.config.route_key == "$connect"

judged(route) if {
	route.config.route_key == "$default"
	some api in terraform.resources("aws_apigatewayv2_api")
	values.refers_to(route.config.api_id, api.id)
	values.lower_text(api.config.protocol_type) == "http"
}

# private_api(id): the method's REST API is in the module and only reachable through VPC
# endpoints (endpoint type PRIVATE).
private_api(id) if {
	some api in terraform.resources("aws_api_gateway_rest_api")
	values.refers_to(id, api.id)
	some endpoint in terraform.blocks(api.config, "endpoint_configuration")
	endpoint.types == ["PRIVATE"]
}
