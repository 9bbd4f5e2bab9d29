package evident.checks.terraform.azure_app_gateway_plain_http_test

import data.evident.checks.terraform.azure_app_gateway_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

frontends := [
	{"name": "public", "public_ip_address_id": tf.unknown("azurerm_public_ip.gateway.id")},
	{"name": "private", "private_ip_address": "10.0.1.10", "private_ip_address_allocation": "Static", "subnet_id": tf.unknown("azurerm_subnet.gateway.id")},
]

listeners := [
	{"name": "http", "frontend_ip_configuration_name": "public", "frontend_port_name": "p80", "protocol": "Http"},
	{"name": "https", "frontend_ip_configuration_name": "public", "frontend_port_name": "p443", "protocol": "Https", "ssl_certificate_name": "portal"},
	{"name": "internal-http", "frontend_ip_configuration_name": "private", "frontend_port_name": "p80", "protocol": "Http"},
]

gateway(name, extra) := tf.res("azurerm_application_gateway", name, object.union({"frontend_ip_configuration": frontends, "http_listener": listeners}, extra))

test_forwarding_http_listener_is_reported if {
	check.deny == {{
		"resource": "azurerm_application_gateway.portal", "path": ["config", "http_listener", 0, "protocol"],
		"msg": "azurerm_application_gateway.portal serves plain HTTP on its public listener \"http\" (request routing rule \"http-rule\" does not redirect to HTTPS)",
	}} with input as tf.doc([gateway("portal", {"request_routing_rule": [
		{"name": "http-rule", "rule_type": "Basic", "http_listener_name": "http", "backend_address_pool_name": "app", "backend_http_settings_name": "app"},
		{"name": "https-rule", "rule_type": "Basic", "http_listener_name": "https", "backend_address_pool_name": "app", "backend_http_settings_name": "app"},
		{"name": "internal-rule", "rule_type": "Basic", "http_listener_name": "internal-http", "backend_address_pool_name": "app", "backend_http_settings_name": "app"},
	]})])
}

test_path_maps_and_redirects_to_http_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_application_gateway.paths", "path": ["config", "http_listener", 0, "protocol"],
			"msg": "azurerm_application_gateway.paths serves plain HTTP on its public listener \"http\" (request routing rule \"r\" does not redirect to HTTPS)",
		},
		{
			"resource": "azurerm_application_gateway.loop", "path": ["config", "http_listener", 0, "protocol"],
			"msg": "azurerm_application_gateway.loop serves plain HTTP on its public listener \"http\" (request routing rule \"r\" does not redirect to HTTPS)",
		},
	} with input as tf.doc([
		gateway("paths", {
			"request_routing_rule": [{"name": "r", "rule_type": "PathBasedRouting", "http_listener_name": "http", "url_path_map_name": "paths"}],
			"url_path_map": [{"name": "paths", "default_redirect_configuration_name": "x", "path_rule": [{"name": "api", "paths": ["/api/*"], "backend_address_pool_name": "api", "backend_http_settings_name": "api"}]}],
		}),
		gateway("loop", {
			"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": "http", "redirect_configuration_name": "to-http"}],
			"redirect_configuration": [{"name": "to-http", "redirect_type": "Permanent", "target_url": "http://portal.clinic.net"}],
		}),
	])
}

test_redirects_to_https_private_listeners_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		gateway("listener", {
			"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": "http", "redirect_configuration_name": "to-https"}],
			"redirect_configuration": [{"name": "to-https", "redirect_type": "Permanent", "target_listener_name": "https"}],
		}),
		gateway("url", {
			"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": "http", "redirect_configuration_name": "to-url"}],
			"redirect_configuration": [{"name": "to-url", "redirect_type": "Permanent", "target_url": "https://portal.clinic.net"}],
		}),
		gateway("private", {"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": "internal-http", "backend_address_pool_name": "app"}]}),
		gateway("unknown", {"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": tf.unknown("var.listener"), "backend_address_pool_name": "app"}]}),
		gateway("dynamic", {
			"request_routing_rule": [{"name": "r", "rule_type": "Basic", "http_listener_name": "http", "backend_address_pool_name": "app"}],
			"dynamic": {"redirect_configuration": [{"for_each": tf.unknown("var.redirects"), "content": [{}]}]},
		}),
	])
}
