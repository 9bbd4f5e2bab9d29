package evident.checks.dotenv.committed_secret_test

import data.evident.checks.dotenv.committed_secret as check

variable(key, props) := object.union({"id": key, "kind": "variable", "file": ".env", "startLine": 1, "endLine": 1, "key": key, "value": "x"}, props)

test_annotated_values_are_reported if {
	check.deny == {{"resource": "STRIPE_KEY", "path": ["value"], "secret": true, "msg": "STRIPE_KEY in .env holds a Stripe live secret key"}} with input as {"type": "dotenv", "path": ".env", "resources": [
		variable("LOG_LEVEL", {}),
		variable("STRIPE_KEY", {"secret": {"kind": "stripe-secret-key", "label": "a Stripe live secret key"}}),
	]}
}

test_unannotated_values_pass if {
	count(check.deny) == 0 with input as {"type": "dotenv", "path": ".env.example", "resources": [variable("DB_PASSWORD", {"value": "changeme"})]}
}
