package evident.checks.terraform.azure_front_door_plain_http_test

import data.evident.checks.terraform.azure_front_door_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

test_plain_http_to_clients_and_to_origins_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_cdn_frontdoor_route.intake", "path": ["config", "https_redirect_enabled"],
			"msg": "azurerm_cdn_frontdoor_route.intake serves clients over plain HTTP (supported_protocols includes Http and https_redirect_enabled = false)",
		},
		{
			"resource": "azurerm_cdn_frontdoor_route.legacy", "path": ["config", "forwarding_protocol"],
			"msg": "azurerm_cdn_frontdoor_route.legacy forwards requests to its origins over plain HTTP (forwarding_protocol = \"HttpOnly\")",
		},
	} with input as tf.doc([
		tf.res("azurerm_cdn_frontdoor_route", "intake", {"supported_protocols": ["Http", "Https"], "https_redirect_enabled": false, "forwarding_protocol": "HttpsOnly"}),
		tf.res("azurerm_cdn_frontdoor_route", "legacy", {"supported_protocols": ["Https"], "forwarding_protocol": "HttpOnly"}),
	])
}

test_redirects_https_forwarding_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("azurerm_cdn_frontdoor_route", "a", {"supported_protocols": ["Http", "Https"], "forwarding_protocol": "HttpsOnly"}),
		tf.res("azurerm_cdn_frontdoor_route", "b", {"supported_protocols": ["Http", "Https"], "https_redirect_enabled": true}),
		tf.res("azurerm_cdn_frontdoor_route", "c", {"supported_protocols": ["Https"], "https_redirect_enabled": false}),
		tf.res("azurerm_cdn_frontdoor_route", "d", {"supported_protocols": ["Http", "Https"], "https_redirect_enabled": tf.unknown("var.redirect")}),
		tf.res("azurerm_cdn_frontdoor_route", "e", {"supported_protocols": ["Https"], "forwarding_protocol": tf.unknown("var.forwarding")}),
	])
}
