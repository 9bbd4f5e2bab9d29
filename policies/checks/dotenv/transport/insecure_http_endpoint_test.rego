package evident.checks.dotenv.insecure_http_endpoint_test

import data.evident.checks.dotenv.insecure_http_endpoint as check

variable(key, url) := {"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": "x", "url": url}

test_remote_http_is_reported if {
	check.deny == {{"resource": "FHIR_URL", "path": ["value"], "msg": "FHIR_URL points at http://fhir.partner-hospital.org over plain HTTP"}} with input as {"type": "dotenv", "resources": [
		variable("FHIR_URL", {"scheme": "http", "host": "fhir.partner-hospital.org", "local": false, "params": {}}),
	]}
}

test_https_and_local_http_pass if {
	count(check.deny) == 0 with input as {"type": "dotenv", "resources": [
		variable("A", {"scheme": "https", "host": "api.partner-hospital.org", "local": false, "params": {}}),
		variable("B", {"scheme": "http", "host": "localhost", "local": true, "params": {}}),
		{"id": "C", "kind": "variable", "key": "C", "value": "plain"},
	]}
}
