package evident.checks.dotenv.tls_verification_disabled_test

import data.evident.checks.dotenv.tls_verification_disabled as check

variable(key, value) := {"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": value}

test_disabled_verification_is_reported if {
	check.deny == {
		{"resource": "NODE_TLS_REJECT_UNAUTHORIZED", "path": ["value"], "msg": "NODE_TLS_REJECT_UNAUTHORIZED=0 disables TLS certificate verification"},
		{"resource": "GIT_SSL_NO_VERIFY", "path": ["value"], "msg": "GIT_SSL_NO_VERIFY=true disables TLS certificate verification"},
	} with input as {"type": "dotenv", "resources": [variable("NODE_TLS_REJECT_UNAUTHORIZED", "0"), variable("GIT_SSL_NO_VERIFY", "true")]}
}

test_enabled_verification_passes if {
	count(check.deny) == 0 with input as {"type": "dotenv", "resources": [variable("NODE_TLS_REJECT_UNAUTHORIZED", "1"), variable("PYTHONHTTPSVERIFY", "1"), variable("GIT_SSL_NO_VERIFY", "")]}
}
