package evident.checks.terraform.gcp_redis_transit_unencrypted_test

import data.evident.checks.terraform.gcp_redis_transit_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

test_unset_and_disabled_are_reported if {
	check.deny == {
		{"resource": "google_redis_instance.sessions", "msg": "google_redis_instance.sessions sets no transit_encryption_mode: traffic to it is not encrypted (in-transit encryption is disabled by default)"},
		{
			"resource": "google_redis_cluster.cache", "path": ["config", "transit_encryption_mode"],
			"msg": "google_redis_cluster.cache sets transit_encryption_mode = \"TRANSIT_ENCRYPTION_MODE_DISABLED\": traffic to it is not encrypted",
		},
		{
			"resource": "google_memorystore_instance.valkey", "path": ["config", "transit_encryption_mode"],
			"msg": "google_memorystore_instance.valkey sets transit_encryption_mode = \"TRANSIT_ENCRYPTION_DISABLED\": traffic to it is not encrypted",
		},
		{
			"resource": "google_redis_instance.legacy", "path": ["config", "transit_encryption_mode"],
			"msg": "google_redis_instance.legacy sets transit_encryption_mode = \"DISABLED\": traffic to it is not encrypted",
		},
	} with input as tf.doc([
		tf.res("google_redis_instance", "sessions", {"memory_size_gb": 1}),
		tf.res("google_redis_cluster", "cache", {"transit_encryption_mode": "TRANSIT_ENCRYPTION_MODE_DISABLED"}),
		tf.res("google_memorystore_instance", "valkey", {"transit_encryption_mode": "TRANSIT_ENCRYPTION_DISABLED"}),
		tf.res("google_redis_instance", "legacy", {"transit_encryption_mode": "DISABLED"}),
	])
}

test_server_authentication_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_redis_instance", "a", {"transit_encryption_mode": "SERVER_AUTHENTICATION"}),
		tf.res("google_redis_cluster", "b", {"transit_encryption_mode": "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"}),
		tf.res("google_memorystore_instance", "c", {"transit_encryption_mode": "SERVER_AUTHENTICATION"}),
		tf.res("google_redis_instance", "d", {"transit_encryption_mode": tf.unknown("var.transit")}),
	])
}
