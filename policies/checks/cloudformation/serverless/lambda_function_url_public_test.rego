package evident.checks.cloudformation.lambda_function_url_public_test

import data.evident.checks.cloudformation.lambda_function_url_public as check

resource(id, type, properties) := {"id": id, "type": type, "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

url(id, properties) := resource(id, "AWS::Lambda::Url", properties)

fn(id, properties) := resource(id, "AWS::Serverless::Function", object.union({"Handler": "index.handler", "Runtime": "nodejs20.x"}, properties))

globals(properties) := [{"id": "Globals.Function", "section": "Function", "properties": properties, "file": "t.yaml", "startLine": 2, "endLine": 6}]

fn_ref := {"__unknown__": "Fn::GetAtt ResultsFunction.Arn", "refs": ["ResultsFunction"], "__ref__": "ResultsFunction"}

parameter := {"__unknown__": "Ref UrlAuthType", "refs": ["UrlAuthType"]}

test_url_without_authentication if {
	check.deny == {
		{"resource": "ResultsUrl", "path": ["properties", "AuthType"], "msg": "ResultsUrl lets anyone on the internet invoke the function without authentication (AuthType NONE)"},
		{"resource": "LiveUrl", "path": ["properties", "AuthType"], "msg": "LiveUrl lets anyone on the internet invoke the function without authentication (AuthType NONE)"},
	} with input as {"resources": [
		url("ResultsUrl", {"TargetFunctionArn": fn_ref, "AuthType": "NONE"}),
		url("LiveUrl", {"TargetFunctionArn": fn_ref, "Qualifier": "live", "AuthType": "NONE", "Cors": {"AllowOrigins": ["*"]}}),
	]}
}

# The permission a public URL comes with is EVD-CFN-040's: this check reports only the URL.
test_permission_is_not_read_here if {
	check.deny == {{"resource": "ResultsUrl", "path": ["properties", "AuthType"], "msg": "ResultsUrl lets anyone on the internet invoke the function without authentication (AuthType NONE)"}} with input as {"resources": [
		url("ResultsUrl", {"TargetFunctionArn": fn_ref, "AuthType": "NONE"}),
		resource("ResultsUrlPermission", "AWS::Lambda::Permission", {"Action": "lambda:InvokeFunctionUrl", "FunctionName": fn_ref, "FunctionUrlAuthType": "NONE", "Principal": "*"}),
	]}
}

test_sam_function_url_without_authentication if {
	check.deny == {{"resource": "Hook", "path": ["properties", "FunctionUrlConfig", "AuthType"], "msg": "function Hook has a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)"}} with input as {"resources": [
		fn("Hook", {"FunctionUrlConfig": {"AuthType": "NONE", "InvokeMode": "BUFFERED"}}),
		fn("Report", {"FunctionUrlConfig": {"AuthType": "AWS_IAM"}}),
		fn("Nightly", {}),
	]}
}

# Globals gives its FunctionUrlConfig to every SAM function; a function's own AuthType wins.
test_globals_url_without_authentication if {
	check.deny == {
		{"resource": "Globals.Function", "path": ["properties", "FunctionUrlConfig", "AuthType"], "msg": "Globals.Function gives functions Export, Hook a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)"},
		{"resource": "Open", "path": ["properties", "FunctionUrlConfig", "AuthType"], "msg": "function Open has a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)"},
	} with input as {
		"resources": [
			fn("Hook", {}),
			fn("Export", {"FunctionUrlConfig": {"InvokeMode": "RESPONSE_STREAM"}}),
			fn("Report", {"FunctionUrlConfig": {"AuthType": "AWS_IAM"}}),
			fn("Open", {"FunctionUrlConfig": {"AuthType": "NONE"}}),
			fn("Switch", {"FunctionUrlConfig": {"__unknown__": "Fn::If Public", "refs": ["Public"]}}),
			fn("Param", {"FunctionUrlConfig": {"AuthType": parameter}}),
		],
		"globals": globals({"FunctionUrlConfig": {"AuthType": "NONE"}}),
	}
	check.deny == {{"resource": "Globals.Function", "path": ["properties", "FunctionUrlConfig", "AuthType"], "msg": "Globals.Function gives function Hook a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)"}} with input as {
		"resources": [fn("Hook", {})],
		"globals": globals({"FunctionUrlConfig": {"AuthType": "NONE"}}),
	}
}

test_iam_unknown_and_overridden_pass if {
	count(check.deny) == 0 with input as {"resources": [
		url("Iam", {"TargetFunctionArn": fn_ref, "AuthType": "AWS_IAM"}),
		url("Param", {"TargetFunctionArn": fn_ref, "AuthType": parameter}),
		fn("Switch", {"FunctionUrlConfig": {"__unknown__": "Fn::If Public", "refs": ["Public"]}}),
		fn("ParamFn", {"FunctionUrlConfig": {"AuthType": parameter}}),
		resource("ResultsUrlPermission", "AWS::Lambda::Permission", {"Action": "lambda:InvokeFunctionUrl", "FunctionName": fn_ref, "FunctionUrlAuthType": "NONE", "Principal": "*"}),
	]}

	# Every SAM function sets its own AuthType, or there is none: Globals creates no public URL.
	count(check.deny) == 0 with input as {
		"resources": [
			fn("Report", {"FunctionUrlConfig": {"AuthType": "AWS_IAM"}}),
			fn("ParamFn", {"FunctionUrlConfig": {"AuthType": parameter}}),
		],
		"globals": globals({"FunctionUrlConfig": {"AuthType": "NONE"}}),
	}
	count(check.deny) == 0 with input as {"resources": [], "globals": globals({"FunctionUrlConfig": {"AuthType": "NONE"}})}
	count(check.deny) == 0 with input as {"resources": [fn("Hook", {})], "globals": globals({"FunctionUrlConfig": {"AuthType": "AWS_IAM"}})}
	count(check.deny) == 0 with input as {"resources": [fn("Hook", {})], "globals": globals({"FunctionUrlConfig": {"AuthType": parameter}})}
	count(check.deny) == 0 with input as {"resources": [fn("Hook", {})], "globals": globals({"Timeout": 10})}
}
