package evident.checks.terraform.helm_release_secret_value_test

import data.evident.checks.terraform.helm_release_secret_value as check
import data.evident.lib.tf_fixtures_test as tf

test_literal_secrets_are_reported if {
	check.deny == {
		{"resource": "helm_release.db", "path": ["config", "set", 1, "value"], "secret": true, "msg": "helm_release.db passes auth.postgresPassword (a secret by its name) to its chart as a literal value"},
		{"resource": "helm_release.db", "path": ["config", "set_sensitive", 0, "value"], "secret": true, "msg": "helm_release.db passes secrets.apiKey (a secret by its name) to its chart as a literal value"},
	} with input as tf.doc([tf.res("helm_release", "db", {
		"chart": "postgresql",
		"set": [{"name": "auth.username", "value": "records"}, {"name": "auth.postgresPassword", "value": "Zq8-records-Passw0rd"}],
		"set_sensitive": [{"name": "secrets.apiKey", "value": "k7Hq2mXa9vL4pR8sT1wY"}],
	})])
}

# From a variable or a generated password, a placeholder, a plan, a value of a secret-looking variable.
test_values_not_written_here_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("helm_release", "db", {
		"chart": "postgresql",
		"set": [
			{"name": "auth.postgresPassword", "value": tf.unknown("random_password.db.result")},
			{"name": "auth.password", "value": "changeme"},
			{"name": "primary.persistence.size", "value": "20Gi"},
		],
		"set_sensitive": [{"name": "auth.replicationPassword", "value": tf.unknown("var.replication_password")}],
	})])
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("helm_release", "db", {"set": [{"name": "auth.password", "value": "Zq8-records-Passw0rd"}]})]), {"format": "plan"})
}
