package evident.checks.terraform.gcp_service_env_plain_http_test

import data.evident.checks.terraform.gcp_service_env_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

test_remote_http_is_reported if {
	check.deny == {{"resource": "google_cloud_run_v2_service.referrals", "path": ["config", "template", 0, "containers", 0, "env", 0, "value"], "msg": "google_cloud_run_v2_service.referrals points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP"}} with input as tf.doc([
		tf.res("google_cloud_run_v2_service", "referrals", {"template": [{"containers": [{"env": [{"name": "FHIR_BASE_URL", "value": "http://fhir.partner-hospital.org/r4"}, {"name": "HEALTH_URL", "value": "http://localhost:8080/health"}]}]}]}),
	])
}

test_https_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_cloudfunctions_function", "referrals", {"environment_variables": {"FHIR_BASE_URL": "https://fhir.partner-hospital.org/r4"}}),
	])
}
