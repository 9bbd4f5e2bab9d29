package evident.checks.terraform.ssm_session_logging_disabled_test

import data.evident.checks.terraform.ssm_session_logging_disabled as check

document(name, config) := {"id": concat(".", ["aws_ssm_document", name]), "type": "aws_ssm_document", "mode": "managed", "config": config}

session(content) := {"name": "SSM-SessionManagerRunShell", "document_type": "Session", "content": content}

msg(id) := concat("", [id, ", Session Manager's preferences, logs no sessions (its inputs name no s3BucketName and no cloudWatchLogGroupName)"])

test_preferences_without_a_destination_are_reported if {
	check.deny == {
		{"resource": "aws_ssm_document.json", "path": ["config", "content"], "msg": msg("aws_ssm_document.json")},
		{"resource": "aws_ssm_document.no_inputs", "path": ["config", "content"], "msg": msg("aws_ssm_document.no_inputs")},
		{"resource": "aws_ssm_document.empty_names", "path": ["config", "content"], "msg": msg("aws_ssm_document.empty_names")},
		{"resource": "aws_ssm_document.yaml", "path": ["config", "content"], "msg": msg("aws_ssm_document.yaml")},
	} with input as {"type": "terraform", "resources": [
		document("json", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\",\"inputs\":{\"runAsEnabled\":false,\"idleSessionTimeout\":\"20\"}}")),
		document("no_inputs", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\"}")),
		document("empty_names", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\",\"inputs\":{\"s3BucketName\":\"\",\"cloudWatchLogGroupName\":\"\"}}")),
		document("yaml", object.union(session("schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  idleSessionTimeout: '20'\n"), {"document_format": "YAML"})),
		document("s3", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\",\"inputs\":{\"s3BucketName\":\"session-logs\",\"s3EncryptionEnabled\":true}}")),
		document("cloudwatch_yaml", object.union(session("schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  cloudWatchLogGroupName: /ssm/sessions\n"), {"document_format": "YAML"})),
	]}
}

test_jsonencode_with_a_bucket_from_a_resource_passes if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [document("encoded", session({
		"__unknown__": "jsonencode({...})", "refs": ["aws_s3_bucket.sessions.id"],
		"partial": {"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"s3BucketName": {"__unknown__": "aws_s3_bucket.sessions.id", "refs": ["aws_s3_bucket.sessions.id"]}}},
	}))]}
}

test_other_documents_and_unknown_content_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		document("port", session("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Port\",\"properties\":{\"portNumber\":\"5432\"}}")),
		document("command", {"name": "patch", "document_type": "Command", "content": "{\"schemaVersion\":\"2.2\",\"mainSteps\":[]}"}),
		document("file", session({"__unknown__": "file(\"prefs.json\")", "refs": []})),
		document("inputs_from_variable", session({"__unknown__": "jsonencode({...})", "refs": ["var.inputs"], "partial": {"sessionType": "Standard_Stream", "inputs": {"__unknown__": "var.inputs", "refs": ["var.inputs"]}}})),
		document("bad_yaml", object.union(session("sessionType: [Standard_Stream\n"), {"document_format": "YAML"})),
		document("format_from_variable", object.union(session("{\"sessionType\":\"Standard_Stream\"}"), {"document_format": {"__unknown__": "var.format", "refs": ["var.format"]}})),
	]}
}
