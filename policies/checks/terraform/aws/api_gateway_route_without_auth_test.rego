package evident.checks.terraform.api_gateway_route_without_auth_test

import data.evident.checks.terraform.api_gateway_route_without_auth as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "api.tf", "startLine": 1, "endLine": 9, "config": config,
}

ref(address) := {"__unknown__": address, "refs": [address]}

test_open_methods_and_routes_are_reported if {
	check.deny == {
		{"resource": "aws_api_gateway_method.get_record", "path": ["config", "authorization"], "msg": "aws_api_gateway_method.get_record accepts GET requests without authorization (authorization = \"NONE\", no API key)"},
		{"resource": "aws_api_gateway_method.no_key", "path": ["config", "authorization"], "msg": "aws_api_gateway_method.no_key accepts POST requests without authorization (authorization = \"NONE\", no API key)"},
		{"resource": "aws_apigatewayv2_route.default_type", "msg": "aws_apigatewayv2_route.default_type (GET /patients/{id}) sets no authorization_type (default NONE): it accepts calls without authorization"},
		{"resource": "aws_apigatewayv2_route.none", "path": ["config", "authorization_type"], "msg": "aws_apigatewayv2_route.none (ANY /{proxy+}) sets authorization_type = \"NONE\": it accepts calls without authorization"},
		{"resource": "aws_apigatewayv2_route.catch_all", "msg": "aws_apigatewayv2_route.catch_all ($default) sets no authorization_type (default NONE): it accepts calls without authorization"},
		{"resource": "aws_apigatewayv2_route.connect", "msg": "aws_apigatewayv2_route.connect ($connect) sets no authorization_type (default NONE): it accepts calls without authorization"},
	} with input as {"type": "terraform", "resources": [
		resource("aws_api_gateway_rest_api", "records", {"name": "records", "endpoint_configuration": [{"types": ["REGIONAL"]}]}),
		resource("aws_api_gateway_method", "get_record", {"rest_api_id": ref("aws_api_gateway_rest_api.records.id"), "http_method": "GET", "authorization": "NONE"}),
		resource("aws_api_gateway_method", "no_key", {"rest_api_id": ref("var.api_id"), "http_method": "POST", "authorization": "NONE", "api_key_required": false}),
		resource("aws_apigatewayv2_api", "portal", {"name": "portal", "protocol_type": "HTTP"}),
		resource("aws_apigatewayv2_route", "default_type", {"api_id": ref("aws_apigatewayv2_api.portal.id"), "route_key": "GET /patients/{id}"}),
		resource("aws_apigatewayv2_route", "none", {"api_id": ref("aws_apigatewayv2_api.portal.id"), "route_key": "ANY /{proxy+}", "authorization_type": "NONE"}),
		resource("aws_apigatewayv2_route", "catch_all", {"api_id": ref("aws_apigatewayv2_api.portal.id"), "route_key": "$default"}),
		resource("aws_apigatewayv2_route", "connect", {"api_id": ref("var.ws_api"), "route_key": "$connect"}),
	]}
}

test_authorized_preflight_private_and_websocket_routes_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("aws_api_gateway_rest_api", "internal", {"name": "internal", "endpoint_configuration": [{"types": ["PRIVATE"]}]}),
		resource("aws_api_gateway_method", "private", {"rest_api_id": ref("aws_api_gateway_rest_api.internal.id"), "http_method": "GET", "authorization": "NONE"}),
		resource("aws_api_gateway_method", "iam", {"rest_api_id": ref("var.api_id"), "http_method": "GET", "authorization": "AWS_IAM"}),
		resource("aws_api_gateway_method", "cognito", {"rest_api_id": ref("var.api_id"), "http_method": "GET", "authorization": "COGNITO_USER_POOLS", "authorizer_id": ref("aws_api_gateway_authorizer.c.id")}),
		resource("aws_api_gateway_method", "preflight", {"rest_api_id": ref("var.api_id"), "http_method": "OPTIONS", "authorization": "NONE"}),
		resource("aws_api_gateway_method", "api_key", {"rest_api_id": ref("var.api_id"), "http_method": "GET", "authorization": "NONE", "api_key_required": true}),
		resource("aws_api_gateway_method", "variable", {"rest_api_id": ref("var.api_id"), "http_method": "GET", "authorization": ref("var.authorization")}),
		resource("aws_apigatewayv2_api", "chat", {"name": "chat", "protocol_type": "WEBSOCKET"}),
		resource("aws_apigatewayv2_route", "jwt", {"api_id": ref("var.api"), "route_key": "GET /records", "authorization_type": "JWT", "authorizer_id": ref("aws_apigatewayv2_authorizer.a.id")}),
		resource("aws_apigatewayv2_route", "options", {"api_id": ref("var.api"), "route_key": "OPTIONS /records"}),
		resource("aws_apigatewayv2_route", "message", {"api_id": ref("aws_apigatewayv2_api.chat.id"), "route_key": "sendMessage"}),
		resource("aws_apigatewayv2_route", "ws_default", {"api_id": ref("aws_apigatewayv2_api.chat.id"), "route_key": "$default"}),
		resource("aws_apigatewayv2_route", "disconnect", {"api_id": ref("aws_apigatewayv2_api.chat.id"), "route_key": "$disconnect"}),
		resource("aws_apigatewayv2_route", "connect_iam", {"api_id": ref("aws_apigatewayv2_api.chat.id"), "route_key": "$connect", "authorization_type": "AWS_IAM"}),
		resource("aws_apigatewayv2_route", "variable", {"api_id": ref("var.api"), "route_key": "GET /x", "authorization_type": ref("var.auth")}),
		resource("aws_apigatewayv2_route", "unknown_key", {"api_id": ref("var.api"), "route_key": ref("var.route")}),
	]}
}
