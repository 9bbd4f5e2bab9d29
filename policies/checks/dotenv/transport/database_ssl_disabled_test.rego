package evident.checks.dotenv.database_ssl_disabled_test

import data.evident.checks.dotenv.database_ssl_disabled as check

variable(key, value) := {"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": value}

test_disabled_tls_is_reported if {
	check.deny == {
		{"resource": "DATABASE_URL", "path": ["value"], "msg": "DATABASE_URL connects to db.clinic.example-hosting.com with sslmode=disable (no TLS)"},
		{"resource": "MONGO_URL", "path": ["value"], "msg": "MONGO_URL connects to mongo.example-hosting.com with ssl=false (no TLS)"},
		{"resource": "MONGO_URL", "path": ["value"], "msg": "MONGO_URL connects to mongo.example-hosting.com with tls=0 (no TLS)"},
		{"resource": "PGSSLMODE", "path": ["value"], "msg": "PGSSLMODE=disable turns TLS off for database connections"},
	} with input as {"type": "dotenv", "resources": [
		variable("DATABASE_URL", "postgres://app:${DB_PASSWORD}@db.clinic.example-hosting.com:5432/x?sslmode=disable"),
		variable("MONGO_URL", "mongodb://mongo.example-hosting.com/records?retryWrites=true&SSL=false&tls=0&ssl=true"),
		variable("PGSSLMODE", "disable"),
	]}
}

test_local_hosts_and_verified_tls_pass if {
	count(check.deny) == 0 with input as {"type": "dotenv", "resources": [
		variable("DATABASE_URL", "postgres://localhost/x?sslmode=disable"),
		variable("COMPOSE_DB_URL", "postgres://db:5432/x?sslmode=disable"),
		variable("PRIVATE_DB_URL", "postgres://10.0.3.12/x?sslmode=disable"),
		variable("TEMPLATE_DB_URL", "postgres://${DB_HOST}/x?sslmode=disable"),
		variable("REPLICA_URL", "postgres://r.example-hosting.com/x?sslmode=verify-full"),
		variable("DB_SSL", "true"),
	]}
}
