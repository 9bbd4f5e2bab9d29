package evident.checks.terraform.azure_api_management_backend_insecure_test

import data.evident.checks.terraform.azure_api_management_backend_insecure as check
import data.evident.lib.tf_fixtures_test as tf

test_plain_http_and_unverified_tls_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_api_management_backend.claims", "path": ["config", "url"],
			"msg": "azurerm_api_management_backend.claims forwards API calls to claims.clearinghouse.net over plain HTTP",
		},
		{
			"resource": "azurerm_api_management_backend.labs", "path": ["config", "tls", 0, "validate_certificate_name"],
			"msg": "azurerm_api_management_backend.labs does not verify its backend's certificate (validate_certificate_name = false)",
		},
	} with input as tf.doc([
		tf.res("azurerm_api_management_backend", "claims", {"protocol": "http", "url": "http://claims.clearinghouse.net/api"}),
		tf.res("azurerm_api_management_backend", "labs", {"protocol": "http", "url": "https://results.reference-lab.net", "tls": [{"validate_certificate_chain": true, "validate_certificate_name": false}]}),
	])
}

test_https_local_hosts_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_api_management_backend", "a", {"protocol": "http", "url": "https://records.clearinghouse.net/api"}),
		tf.res("azurerm_api_management_backend", "b", {"protocol": "http", "url": "http://10.1.2.3:8080/api"}),
		tf.res("azurerm_api_management_backend", "c", {"protocol": "http", "url": tf.unknown("var.backend_url")}),
		tf.res("azurerm_api_management_backend", "d", {"protocol": "http", "url": "https://d.clearinghouse.net", "tls": [{"validate_certificate_chain": true}]}),
		tf.res("azurerm_api_management_backend", "e", {"protocol": "http", "url": "https://e.clearinghouse.net", "tls": [{"validate_certificate_chain": tf.unknown("var.validate")}]}),
	])
}
