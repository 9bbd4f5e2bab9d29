package evident.checks.terraform.gcp_redis_auth_disabled_test

import data.evident.checks.terraform.gcp_redis_auth_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_unset_and_disabled_are_reported if {
	check.deny == {
		{"resource": "google_redis_instance.sessions", "msg": "google_redis_instance.sessions sets no auth_enabled: any client on the network reads and writes it without a password (AUTH is off by default)"},
		{
			"resource": "google_redis_instance.legacy", "path": ["config", "auth_enabled"],
			"msg": "google_redis_instance.legacy sets auth_enabled = false: any client on the network reads and writes it without a password",
		},
		{"resource": "google_redis_cluster.cache", "msg": "google_redis_cluster.cache sets no authorization_mode: any client on the network reads and writes it without authentication (disabled by default)"},
		{
			"resource": "google_memorystore_instance.valkey", "path": ["config", "authorization_mode"],
			"msg": "google_memorystore_instance.valkey sets authorization_mode = \"AUTH_DISABLED\": any client on the network reads and writes it without authentication",
		},
	} with input as tf.doc([
		tf.res("google_redis_instance", "sessions", {"memory_size_gb": 1}),
		tf.res("google_redis_instance", "legacy", {"auth_enabled": false}),
		tf.res("google_redis_cluster", "cache", {"shard_count": 3}),
		tf.res("google_memorystore_instance", "valkey", {"authorization_mode": "AUTH_DISABLED"}),
	])
}

test_authenticated_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_redis_instance", "a", {"auth_enabled": true}),
		tf.res("google_redis_cluster", "b", {"authorization_mode": "AUTH_MODE_IAM_AUTH"}),
		tf.res("google_memorystore_instance", "c", {"authorization_mode": "IAM_AUTH"}),
		tf.res("google_redis_instance", "d", {"auth_enabled": tf.unknown("var.auth")}),
		tf.res("google_redis_cluster", "e", {"authorization_mode": tf.unknown("var.mode")}),
	])
}
