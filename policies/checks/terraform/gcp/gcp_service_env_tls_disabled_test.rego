package evident.checks.terraform.gcp_service_env_tls_disabled_test

import data.evident.checks.terraform.gcp_service_env_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_functions_and_cloud_run_environments_are_reported if {
	check.deny == {
		{"resource": "google_cloudfunctions_function.intake", "path": ["config", "environment_variables", "NODE_TLS_REJECT_UNAUTHORIZED"], "msg": "google_cloudfunctions_function.intake sets NODE_TLS_REJECT_UNAUTHORIZED=0 in its environment, which disables TLS certificate verification"},
		{"resource": "google_cloudfunctions2_function.status", "path": ["config", "service_config", 0, "environment_variables", "DB_SSL"], "msg": "google_cloudfunctions2_function.status sets DB_SSL=false in its environment, which turns TLS off for database connections"},
		{"resource": "google_cloud_run_v2_service.portal", "path": ["config", "template", 0, "containers", 0, "env", 0, "value"], "msg": "google_cloud_run_v2_service.portal sets PYTHONHTTPSVERIFY=0 in its environment, which disables TLS certificate verification"},
		{"resource": "google_cloud_run_service.legacy", "path": ["config", "template", 0, "spec", 0, "containers", 0, "env", 0, "value"], "msg": "google_cloud_run_service.legacy connects to db.partner-lab.com with sslmode=disable (no TLS) through DATABASE_URL in its environment"},
		{"resource": "google_cloud_run_v2_job.export", "path": ["config", "template", 0, "template", 0, "containers", 0, "env", 0, "value"], "msg": "google_cloud_run_v2_job.export sets PGSSLMODE=disable in its environment, which turns TLS off for database connections"},
	} with input as tf.doc([
		tf.res("google_cloudfunctions_function", "intake", {"environment_variables": {"NODE_TLS_REJECT_UNAUTHORIZED": 0}}),
		tf.res("google_cloudfunctions2_function", "status", {"service_config": [{"environment_variables": {"DB_SSL": false}}]}),
		tf.res("google_cloud_run_v2_service", "portal", {"template": [{"containers": [{"env": [{"name": "PYTHONHTTPSVERIFY", "value": "0"}]}]}]}),
		tf.res("google_cloud_run_service", "legacy", {"template": [{"spec": [{"containers": [{"env": [{"name": "DATABASE_URL", "value": "postgres://app@db.partner-lab.com/app?sslmode=disable"}]}]}]}]}),
		tf.res("google_cloud_run_v2_job", "export", {"template": [{"template": [{"containers": [{"env": [{"name": "PGSSLMODE", "value": "disable"}]}]}]}]}),
	])
}

test_verified_and_private_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_cloud_run_v2_service", "portal", {"template": [{"containers": [{"env": [
			{"name": "PGSSLMODE", "value": "verify-full"},
			{"name": "DATABASE_URL", "value": "postgres://app@10.20.0.3/app?sslmode=disable"},
			{"name": "DB_PASSWORD", "value_source": [{"secret_key_ref": [{"secret": "db", "version": "latest"}]}]},
		]}]}]}),
	])
}
