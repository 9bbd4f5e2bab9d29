package evident.checks.cloudformation.lambda_permission_service_unscoped_test

import data.evident.checks.cloudformation.lambda_permission_service_unscoped as check

permission(id, props) := {"id": id, "type": "AWS::Lambda::Permission", "properties": object.union({"Action": "lambda:InvokeFunction", "FunctionName": {"__unknown__": "Ref Intake", "refs": ["Intake"], "__ref__": "Intake"}}, props), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_service_principals_without_a_source_are_reported if {
	check.deny == {
		{"resource": "UploadPermission", "path": ["properties", "Principal"], "msg": "UploadPermission lets s3.amazonaws.com invoke the function on behalf of any AWS account's resources (no SourceArn or SourceAccount)"},
		{"resource": "TopicPermission", "path": ["properties", "Principal"], "msg": "TopicPermission lets sns.amazonaws.com invoke the function on behalf of any AWS account's resources (no SourceArn or SourceAccount)"},
	} with input as {"resources": [
		permission("UploadPermission", {"Principal": "s3.amazonaws.com"}),
		permission("TopicPermission", {"Principal": "sns.amazonaws.com", "SourceArn": ""}),
	]}
}

# A source ARN or account (known or not), an account or "*" as principal (EVD-CFN-040), an unknown principal.
test_scoped_and_other_principals_pass if {
	count(check.deny) == 0 with input as {"resources": [
		permission("A", {"Principal": "s3.amazonaws.com", "SourceArn": "arn:aws:s3:::clinic-intake", "SourceAccount": "123456789012"}),
		permission("B", {"Principal": "events.amazonaws.com", "SourceArn": {"__unknown__": "Fn::GetAtt Nightly.Arn", "refs": ["Nightly"]}}),
		permission("C", {"Principal": "s3.amazonaws.com", "SourceAccount": {"__unknown__": "Ref AWS::AccountId", "refs": []}}),
		permission("D", {"Principal": "210987654321"}),
		permission("E", {"Principal": "*"}),
		permission("F", {"Principal": {"__unknown__": "Ref Invoker", "refs": ["Invoker"]}}),
	]}
}
