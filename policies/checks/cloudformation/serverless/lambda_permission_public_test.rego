package evident.checks.cloudformation.lambda_permission_public_test

import data.evident.checks.cloudformation.lambda_permission_public as check

permission(id, properties) := {"id": id, "type": "AWS::Lambda::Permission", "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_anyone_may_invoke if {
	check.deny == {
		{"resource": "A", "path": ["properties", "Principal"], "msg": "A lets any principal invoke the function (Principal \"*\" without SourceArn, SourceAccount or PrincipalOrgID)"},
		{"resource": "Url", "path": ["properties", "Principal"], "msg": "Url lets any principal invoke the function (Principal \"*\" without SourceArn, SourceAccount or PrincipalOrgID)"},
	} with input as {"resources": [
		permission("A", {"Action": "lambda:InvokeFunction", "FunctionName": "f", "Principal": "*"}),
		permission("Url", {"Action": "lambda:InvokeFunctionUrl", "FunctionName": "f", "Principal": "*", "FunctionUrlAuthType": "NONE", "SourceArn": ""}),
	]}
}

test_named_narrowed_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		permission("A", {"Principal": "s3.amazonaws.com", "SourceArn": "arn:aws:s3:::uploads"}),
		permission("B", {"Principal": "*", "SourceArn": {"__unknown__": "Fn::GetAtt Bucket.Arn", "refs": ["Bucket"]}}),
		permission("C", {"Principal": "*", "SourceAccount": "123456789012"}),
		permission("D", {"Principal": "*", "PrincipalOrgID": "o-a1b2c3d4e5"}),
		permission("E", {"Principal": {"__unknown__": "Ref InvokerPrincipal", "refs": ["InvokerPrincipal"]}}),
	]}
}
