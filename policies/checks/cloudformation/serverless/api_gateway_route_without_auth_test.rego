package evident.checks.cloudformation.api_gateway_route_without_auth_test

import data.evident.checks.cloudformation.api_gateway_route_without_auth as check

resource(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id]}

test_open_methods_and_routes_are_reported if {
	check.deny == {
		{"resource": "GetRecord", "msg": "GetRecord accepts GET requests without authorization (no AuthorizationType, default NONE; no API key)"},
		{"resource": "PostRecord", "path": ["properties", "AuthorizationType"], "msg": "PostRecord accepts POST requests without authorization (AuthorizationType NONE, no API key)"},
		{"resource": "Appointments", "msg": "Appointments (GET /appointments) has no AuthorizationType (default NONE): it accepts calls without authorization"},
		{"resource": "Proxy", "path": ["properties", "AuthorizationType"], "msg": "Proxy (ANY /{proxy+}) sets AuthorizationType NONE: it accepts calls without authorization"},
		{"resource": "CatchAll", "msg": "CatchAll ($default) has no AuthorizationType (default NONE): it accepts calls without authorization"},
		{"resource": "Connect", "msg": "Connect ($connect) has no AuthorizationType (default NONE): it accepts calls without authorization"},
	} with input as {"resources": [
		resource("Records", "AWS::ApiGateway::RestApi", {"Name": "records", "EndpointConfiguration": {"Types": ["REGIONAL"]}}),
		resource("GetRecord", "AWS::ApiGateway::Method", {"RestApiId": ref("Records"), "HttpMethod": "GET"}),
		resource("PostRecord", "AWS::ApiGateway::Method", {"RestApiId": ref("Records"), "HttpMethod": "POST", "AuthorizationType": "NONE", "ApiKeyRequired": false}),
		resource("Portal", "AWS::ApiGatewayV2::Api", {"Name": "portal", "ProtocolType": "HTTP"}),
		resource("Appointments", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Portal"), "RouteKey": "GET /appointments"}),
		resource("Proxy", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Portal"), "RouteKey": "ANY /{proxy+}", "AuthorizationType": "NONE"}),
		resource("CatchAll", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Portal"), "RouteKey": "$default"}),
		resource("Connect", "AWS::ApiGatewayV2::Route", {"ApiId": ref("ChatApiId"), "RouteKey": "$connect"}),
	]}
}

test_authorized_preflight_private_and_websocket_routes_pass if {
	count(check.deny) == 0 with input as {"resources": [
		resource("Internal", "AWS::ApiGateway::RestApi", {"Name": "internal", "EndpointConfiguration": {"Types": ["PRIVATE"]}}),
		resource("InternalGet", "AWS::ApiGateway::Method", {"RestApiId": ref("Internal"), "HttpMethod": "GET"}),
		resource("SamInternal", "AWS::Serverless::Api", {"StageName": "prod", "EndpointConfiguration": {"Type": "PRIVATE"}}),
		resource("SamInternalGet", "AWS::ApiGateway::Method", {"RestApiId": ref("SamInternal"), "HttpMethod": "GET"}),
		resource("SamPrivateString", "AWS::Serverless::Api", {"StageName": "prod", "EndpointConfiguration": "PRIVATE"}),
		resource("SamPrivateStringGet", "AWS::ApiGateway::Method", {"RestApiId": ref("SamPrivateString"), "HttpMethod": "GET"}),
		resource("Iam", "AWS::ApiGateway::Method", {"RestApiId": ref("ApiId"), "HttpMethod": "GET", "AuthorizationType": "AWS_IAM"}),
		resource("Preflight", "AWS::ApiGateway::Method", {"RestApiId": ref("ApiId"), "HttpMethod": "OPTIONS", "AuthorizationType": "NONE"}),
		resource("Keyed", "AWS::ApiGateway::Method", {"RestApiId": ref("ApiId"), "HttpMethod": "GET", "ApiKeyRequired": true}),
		resource("KeyedString", "AWS::ApiGateway::Method", {"RestApiId": ref("ApiId"), "HttpMethod": "GET", "ApiKeyRequired": "true"}),
		resource("FromParameter", "AWS::ApiGateway::Method", {"RestApiId": ref("ApiId"), "HttpMethod": "GET", "AuthorizationType": ref("AuthType")}),
		resource("Chat", "AWS::ApiGatewayV2::Api", {"Name": "chat", "ProtocolType": "WEBSOCKET"}),
		resource("Jwt", "AWS::ApiGatewayV2::Route", {"ApiId": ref("ApiId"), "RouteKey": "GET /records", "AuthorizationType": "JWT", "AuthorizerId": ref("Authorizer")}),
		resource("Options", "AWS::ApiGatewayV2::Route", {"ApiId": ref("ApiId"), "RouteKey": "OPTIONS /records"}),
		resource("Message", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Chat"), "RouteKey": "sendMessage"}),
		resource("WsDefault", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Chat"), "RouteKey": "$default"}),
		resource("ConnectIam", "AWS::ApiGatewayV2::Route", {"ApiId": ref("Chat"), "RouteKey": "$connect", "AuthorizationType": "AWS_IAM"}),
		resource("UnknownKey", "AWS::ApiGatewayV2::Route", {"ApiId": ref("ApiId"), "RouteKey": ref("RouteKey")}),
	]}
}
