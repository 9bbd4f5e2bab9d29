package evident.checks.dotenv.insecure_http_endpoint_test

import data.evident.checks.dotenv.insecure_http_endpoint as check

variable(key, value) := {"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": value}

test_remote_http_is_reported if {
	check.deny == {{"resource": "FHIR_URL", "path": ["value"], "msg": "FHIR_URL points at http://fhir.partner-hospital.org over plain HTTP"}} with input as {"type": "dotenv", "resources": [
		variable("FHIR_URL", "HTTP://user@FHIR.Partner-Hospital.org:8080/r4?_format=json#top"),
	]}
}

test_https_and_local_http_pass if {
	count(check.deny) == 0 with input as {"type": "dotenv", "resources": [
		variable("A", "https://api.partner-hospital.org"),
		variable("B", "http://localhost:3000"),
		variable("C", "plain"),
		variable("D", "http://[::1]:8080/"),
		variable("E", "http://api.example.com/v1"),
		variable("F", "http://metrics.monitoring.svc:9090"),
		variable("G", "see http://docs.partner-hospital.org for details"),
	]}
}
