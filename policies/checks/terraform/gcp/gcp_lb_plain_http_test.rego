package evident.checks.terraform.gcp_lb_plain_http_test

import data.evident.checks.terraform.gcp_lb_plain_http as check
import data.evident.lib.tf_fixtures_test as tf

serving_map := tf.res("google_compute_url_map", "web", {"default_service": tf.unknown("google_compute_backend_service.web.id")})

redirect_map := tf.res("google_compute_url_map", "redirect", {"default_url_redirect": [{"https_redirect": true, "strip_query": false}]})

proxy(name, map) := tf.res("google_compute_target_http_proxy", name, {"url_map": tf.unknown(concat("", ["google_compute_url_map.", map, ".id"]))})

rule(name, proxy_name, extra) := tf.res("google_compute_global_forwarding_rule", name, object.union({"port_range": "80", "target": tf.unknown(concat("", ["google_compute_target_http_proxy.", proxy_name, ".id"]))}, extra))

test_external_http_serving_a_backend_is_reported if {
	check.deny == {
		{
			"resource": "google_compute_global_forwarding_rule.web_http", "path": ["config", "target"],
			"msg": "google_compute_global_forwarding_rule.web_http serves google_compute_url_map.web over plain HTTP to the internet (google_compute_target_http_proxy.web does not redirect to HTTPS)",
		},
		{
			"resource": "google_compute_global_forwarding_rule.managed", "path": ["config", "target"],
			"msg": "google_compute_global_forwarding_rule.managed serves google_compute_url_map.web over plain HTTP to the internet (google_compute_target_http_proxy.web does not redirect to HTTPS)",
		},
	} with input as tf.doc([
		serving_map, proxy("web", "web"),
		rule("web_http", "web", {}),
		rule("managed", "web", {"load_balancing_scheme": "EXTERNAL_MANAGED"}),
	])
}

test_regional_rules_are_read_too if {
	check.deny == {{
		"resource": "google_compute_forwarding_rule.regional", "path": ["config", "target"],
		"msg": "google_compute_forwarding_rule.regional serves google_compute_region_url_map.portal over plain HTTP to the internet (google_compute_region_target_http_proxy.portal does not redirect to HTTPS)",
	}} with input as tf.doc([
		tf.res("google_compute_region_url_map", "portal", {"default_service": tf.unknown("google_compute_region_backend_service.portal.id")}),
		tf.res("google_compute_region_target_http_proxy", "portal", {"url_map": tf.unknown("google_compute_region_url_map.portal.id")}),
		tf.res("google_compute_forwarding_rule", "regional", {"load_balancing_scheme": "EXTERNAL_MANAGED", "target": tf.unknown("google_compute_region_target_http_proxy.portal.id")}),
	])
}

test_a_path_matcher_serving_a_backend_defeats_the_redirect if {
	check.deny == {{
		"resource": "google_compute_global_forwarding_rule.mixed", "path": ["config", "target"],
		"msg": "google_compute_global_forwarding_rule.mixed serves google_compute_url_map.mixed over plain HTTP to the internet (google_compute_target_http_proxy.mixed does not redirect to HTTPS)",
	}} with input as tf.doc([
		tf.res("google_compute_url_map", "mixed", {
			"default_url_redirect": [{"https_redirect": true}],
			"host_rule": [{"hosts": ["*"], "path_matcher": "api"}],
			"path_matcher": [{"name": "api", "default_service": tf.unknown("google_compute_backend_service.api.id")}],
		}),
		proxy("mixed", "mixed"),
		rule("mixed", "mixed", {}),
	])
}

test_redirects_internal_rules_and_unresolved_targets_pass if {
	count(check.deny) == 0 with input as tf.doc([
		redirect_map, proxy("redirect", "redirect"), rule("to_https", "redirect", {}),
		serving_map, proxy("web", "web"),
		rule("internal", "web", {"load_balancing_scheme": "INTERNAL_MANAGED"}),
		rule("elsewhere", "missing", {}),
		tf.res("google_compute_global_forwarding_rule", "variable", {"target": tf.unknown("var.proxy")}),
		tf.res("google_compute_url_map", "dyn", {"dynamic": {"path_matcher": [{"for_each": tf.unknown("var.matchers"), "content": [{}]}]}}),
		proxy("dyn", "dyn"), rule("dyn", "dyn", {}),
		tf.res("google_compute_url_map", "var_redirect", {"default_url_redirect": [{"https_redirect": tf.unknown("var.redirect")}]}),
		proxy("var_redirect", "var_redirect"), rule("var_redirect", "var_redirect", {}),
	])
}
