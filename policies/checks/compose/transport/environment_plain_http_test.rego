package evident.checks.compose.environment_plain_http_test

import data.evident.checks.compose.environment_plain_http as check

service(env) := {"id": "service/api", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "api", "environment": env}

test_remote_http_is_reported if {
	check.deny == {{
		"resource": "service/api", "path": ["environment", 1, "value"],
		"msg": "service/api points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP",
	}} with input as {"type": "compose", "resources": [service([
		{"key": "LOG_LEVEL", "value": "info"},
		{"key": "FHIR_BASE_URL", "value": "http://fhir.partner-hospital.org/r4"},
	])]}
}

test_https_local_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [service([
		{"key": "FHIR_BASE_URL", "value": "https://fhir.partner-hospital.org/r4"},
		{"key": "AUTH_URL", "value": "http://keycloak:8080/realms/clinic"},
		{"key": "HOST_URL", "value": "http://host.docker.internal:3000"},
		{"key": "WEBHOOK_URL", "value": {"__unknown__": "${WEBHOOK_URL}", "refs": ["WEBHOOK_URL"]}},
	])]}
}
