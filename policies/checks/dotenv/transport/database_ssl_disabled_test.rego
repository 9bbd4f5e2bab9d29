package evident.checks.dotenv.database_ssl_disabled_test

import data.evident.checks.dotenv.database_ssl_disabled as check

variable(key, value, url) := {"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": value, "url": url}

test_disabled_tls_is_reported if {
	check.deny == {
		{"resource": "DATABASE_URL", "path": ["value"], "msg": "DATABASE_URL connects to db.clinic.example-hosting.com with sslmode=disable (no TLS)"},
		{"resource": "PGSSLMODE", "path": ["value"], "msg": "PGSSLMODE=disable turns TLS off for database connections"},
	} with input as {"type": "dotenv", "resources": [
		variable("DATABASE_URL", "postgres://db.clinic.example-hosting.com/x?sslmode=disable", {"scheme": "postgres", "host": "db.clinic.example-hosting.com", "local": false, "params": {"sslmode": "disable"}}),
		{"id": "PGSSLMODE", "kind": "variable", "file": ".env", "startLine": 2, "endLine": 2, "key": "PGSSLMODE", "value": "disable"},
	]}
}

test_local_hosts_and_verified_tls_pass if {
	count(check.deny) == 0 with input as {"type": "dotenv", "resources": [
		variable("DATABASE_URL", "postgres://localhost/x?sslmode=disable", {"scheme": "postgres", "host": "localhost", "local": true, "params": {"sslmode": "disable"}}),
		variable("REPLICA_URL", "postgres://r.example-hosting.com/x?sslmode=verify-full", {"scheme": "postgres", "host": "r.example-hosting.com", "local": false, "params": {"sslmode": "verify-full"}}),
		{"id": "DB_SSL", "kind": "variable", "key": "DB_SSL", "value": "true"},
	]}
}
