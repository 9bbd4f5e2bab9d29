package evident.checks.terraform.azure_app_env_plain_http_test

import data.evident.checks.terraform.azure_app_env_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

test_remote_http_is_reported if {
	check.deny == {{"resource": "azurerm_linux_function_app.referrals", "path": ["config", "app_settings", "FHIR_BASE_URL"], "msg": "azurerm_linux_function_app.referrals points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP"}} with input as tf.doc([
		tf.res("azurerm_linux_function_app", "referrals", {"app_settings": {"FHIR_BASE_URL": "http://fhir.partner-hospital.org/r4", "AUDIT_URL": "http://audit.clinic.internal"}}),
	])
}

test_https_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_linux_function_app", "referrals", {"app_settings": {"FHIR_BASE_URL": "https://fhir.partner-hospital.org/r4"}}),
	])
}
