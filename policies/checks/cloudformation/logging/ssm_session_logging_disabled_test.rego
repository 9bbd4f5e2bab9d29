package evident.checks.cloudformation.ssm_session_logging_disabled_test

import data.evident.checks.cloudformation.ssm_session_logging_disabled as check

document(id, properties) := {"id": id, "type": "AWS::SSM::Document", "properties": properties}

session(content) := {"Name": "SSM-SessionManagerRunShell", "DocumentType": "Session", "Content": content}

msg(id) := concat("", [id, ", Session Manager's preferences, logs no sessions (its inputs name no s3BucketName and no cloudWatchLogGroupName)"])

test_preferences_without_a_destination_are_reported if {
	check.deny == {
		{"resource": "Preferences", "path": ["properties", "Content"], "msg": msg("Preferences")},
		{"resource": "JsonText", "path": ["properties", "Content"], "msg": msg("JsonText")},
		{"resource": "YamlText", "path": ["properties", "Content"], "msg": msg("YamlText")},
		{"resource": "YamlObject", "path": ["properties", "Content"], "msg": msg("YamlObject")},
	} with input as {"type": "cloudformation", "resources": [
		document("Preferences", session({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"idleSessionTimeout": "20"}})),
		document("JsonText", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\"}")),
		document("YamlText", object.union(session("schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  s3BucketName: ''\n"), {"DocumentFormat": "YAML"})),
		document("YamlObject", object.union(session({"schemaVersion": "1.0", "sessionType": "Standard_Stream"}), {"DocumentFormat": "YAML"})),
		document("Logged", session({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"cloudWatchLogGroupName": "/ssm/sessions", "cloudWatchEncryptionEnabled": true}})),
	]}
}

test_references_other_types_and_unknown_content_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		document("FromRef", session({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"s3BucketName": {"__unknown__": "Ref SessionLogs", "refs": ["SessionLogs"]}}})),
		document("Port", session({"schemaVersion": "1.0", "sessionType": "Port", "properties": {"portNumber": "5432"}})),
		document("Command", {"DocumentType": "Command", "Content": {"schemaVersion": "2.2", "mainSteps": []}}),
		document("Conditional", session({"__unknown__": "Fn::If Audited", "refs": []})),
	]}
}
