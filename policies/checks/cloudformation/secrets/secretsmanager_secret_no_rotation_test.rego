package evident.checks.cloudformation.secretsmanager_secret_no_rotation_test

import data.evident.checks.cloudformation.secretsmanager_secret_no_rotation as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

secret(id) := res(id, "AWS::SecretsManager::Secret", {"Name": concat("/", ["prod", id])})

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

schedule(id, secret_id) := res(id, "AWS::SecretsManager::RotationSchedule", {
	"SecretId": secret_id,
	"HostedRotationLambda": {"RotationType": "PostgreSQLSingleUser"},
	"RotationRules": {"AutomaticallyAfterDays": 30},
})

msg(id) := concat("", [id, " has no RotationSchedule that refers to it (its value is never rotated automatically)"])

test_secret_without_rotation_schedule if {
	check.deny == {{"resource": "ApiKey", "msg": msg("ApiKey")}} with input as {"resources": [
		secret("DbSecret"), secret("ApiKey"),
		schedule("DbRotation", ref("DbSecret")),
	]}
}

test_literal_name_and_sub_count if {
	count(check.deny) == 0 with input as {"resources": [secret("DbSecret"), schedule("DbRotation", "prod/DbSecret")]}
	sub := {"__unknown__": "Fn::Sub ${DbSecret}", "refs": ["DbSecret"]}
	count(check.deny) == 0 with input as {"resources": [secret("DbSecret"), schedule("DbRotation", sub)]}
}

test_literal_arn_of_an_existing_secret_does_not_silence if {
	check.deny == {{"resource": "DbSecret", "msg": msg("DbSecret")}} with input as {"resources": [
		secret("DbSecret"),
		schedule("Legacy", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf"),
	]}
}

test_unattributed_schedule_silences if {
	count(check.deny) == 0 with input as {"resources": [secret("DbSecret"), schedule("Rotation", param("SecretArn"))]}
	count(check.deny) == 0 with input as {"resources": [secret("DbSecret"), schedule("Rotation", {"__unknown__": "Fn::ImportValue shared-secret", "refs": []})]}
}

test_getatt_id_counts if {
	getatt := {"__unknown__": "Fn::GetAtt DbSecret.Id", "refs": ["DbSecret.Id"], "__ref__": "DbSecret", "attribute": "Id"}
	count(check.deny) == 0 with input as {"resources": [secret("DbSecret"), schedule("DbRotation", getatt)]}
}

test_secret_passed_to_a_nested_stack_is_not_reported if {
	check.deny == {{"resource": "ApiKey", "msg": msg("ApiKey")}} with input as {"resources": [
		secret("DbSecret"), secret("ApiKey"),
		res("Rotation", "AWS::CloudFormation::Stack", {"TemplateURL": "https://example.org/r.yaml", "Parameters": {"SecretArn": ref("DbSecret")}}),
	]}
	count(check.deny) == 0 with input as {"resources": [
		secret("DbSecret"),
		res("Rotation", "AWS::Serverless::Application", {"Location": "./rotation.yaml", "Parameters": {"Secret": ref("DbSecret")}}),
	]}
}
