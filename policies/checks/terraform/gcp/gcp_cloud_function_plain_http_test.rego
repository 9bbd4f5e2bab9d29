package evident.checks.terraform.gcp_cloud_function_plain_http_test

import data.evident.checks.terraform.gcp_cloud_function_plain_http as check

function(name, config) := {
	"id": concat(".", ["google_cloudfunctions_function", name]), "mode": "managed", "type": "google_cloudfunctions_function", "name": name,
	"file": "functions.tf", "startLine": 1, "endLine": 9, "config": config,
}

test_http_triggers_that_accept_plain_http_are_reported if {
	check.deny == {
		{"resource": "google_cloudfunctions_function.default", "msg": "google_cloudfunctions_function.default has an HTTP trigger without https_trigger_security_level: the API's default, SECURE_OPTIONAL, answers plain HTTP"},
		{"resource": "google_cloudfunctions_function.optional", "path": ["config", "https_trigger_security_level"], "msg": "google_cloudfunctions_function.optional sets https_trigger_security_level = \"SECURE_OPTIONAL\": its URL answers plain HTTP"},
	} with input as {"type": "terraform", "resources": [
		function("default", {"runtime": "nodejs20", "trigger_http": true}),
		function("optional", {"runtime": "nodejs20", "trigger_http": true, "https_trigger_security_level": "SECURE_OPTIONAL"}),
	]}
}

test_https_only_and_event_functions_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		function("always", {"trigger_http": true, "https_trigger_security_level": "SECURE_ALWAYS"}),
		function("variable", {"trigger_http": true, "https_trigger_security_level": {"__unknown__": "var.level", "refs": ["var.level"]}}),
		function("trigger_variable", {"trigger_http": {"__unknown__": "var.http", "refs": ["var.http"]}}),
		function("event", {"event_trigger": [{"event_type": "google.storage.object.finalize", "resource": "bucket"}]}),
	]}
}
