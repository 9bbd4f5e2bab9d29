package evident.checks.compose.environment_tls_disabled_test

import data.evident.checks.compose.environment_tls_disabled as check

service(env) := {"id": "service/api", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "api", "environment": env}

at(i, msg) := {"resource": "service/api", "path": ["environment", i, "value"], "msg": msg}

test_tls_turned_off_is_reported if {
	check.deny == {
		at(0, "service/api sets NODE_TLS_REJECT_UNAUTHORIZED=0 in its environment, which disables TLS certificate verification"),
		at(1, "service/api connects to records.cluster-x.eu-central-1.rds.amazonaws.com with sslmode=disable (no TLS) through DATABASE_URL in its environment"),
		at(2, "service/api sets PGSSLMODE=disable in its environment, which turns TLS off for database connections"),
	} with input as {"type": "compose", "resources": [service([
		{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0"},
		{"key": "DATABASE_URL", "value": "postgres://app@records.cluster-x.eu-central-1.rds.amazonaws.com:5432/records?sslmode=disable"},
		{"key": "PGSSLMODE", "value": "disable"},
	])]}
}

test_local_services_unknown_and_verified_values_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [service([
		{"key": "DATABASE_URL", "value": "postgres://app@db:5432/records?sslmode=disable"},
		{"key": "REPORTS_DB_URL", "value": {"__unknown__": "${REPORTS_DB_URL}", "refs": ["REPORTS_DB_URL"]}},
		{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": {"__unknown__": "${TLS_CHECK}", "refs": ["TLS_CHECK"]}},
		{"key": "PGSSLMODE", "value": "verify-full"},
		{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "1"},
		{"key": "GIT_SSL_NO_VERIFY", "value": null},
	])]}
}
