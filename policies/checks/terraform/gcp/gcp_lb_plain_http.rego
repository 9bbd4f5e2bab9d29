# METADATA
# title: Google Cloud load balancer serves plain HTTP to the internet
# description: >-
#   An external google_compute_global_forwarding_rule or
#   google_compute_forwarding_rule (load_balancing_scheme EXTERNAL, the default,
#   or EXTERNAL_MANAGED) whose target is a google_compute_target_http_proxy (or
#   google_compute_region_target_http_proxy) of the module, whose URL map does
#   not redirect every request to HTTPS. The services behind the map are then
#   reachable from the internet without TLS, and requests, cookies and
#   responses with personal data travel in clear text. A URL map redirects when
#   its default_url_redirect sets https_redirect = true and it has no path
#   matcher that serves a backend. Not reported: a target, proxy or URL map
#   that is not a resource of the module, internal schemes, and URL maps with
#   dynamic blocks or a redirect from a variable.
# related_resources:
#   - ref: https://cloud.google.com/load-balancing/docs/https/setting-up-http-https-redirect
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_url_map#https_redirect
# custom:
#   id: EVD-TF-292
#   severity: high
#   remediation: >-
#     Serve the URL map through a google_compute_target_https_proxy with a
#     certificate, and point the port-80 forwarding rule at an HTTP proxy whose
#     URL map only redirects (default_url_redirect { https_redirect = true }).
#   selector:
#     input: terraform
#     resources: [google_compute_global_forwarding_rule, google_compute_forwarding_rule, google_compute_target_http_proxy, google_compute_region_target_http_proxy, google_compute_url_map, google_compute_region_url_map]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_lb_plain_http

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The HTTP proxy types and the URL map type each one serves.
http_proxies := {
	"google_compute_target_http_proxy": "google_compute_url_map",
	"google_compute_region_target_http_proxy": "google_compute_region_url_map",
}

deny contains f if {
	some rule_type in ["google_compute_global_forwarding_rule", "google_compute_forwarding_rule"]
	some rule in terraform.resources(rule_type)
	external(rule)
	some proxy_type, map_type in http_proxies
	some proxy in terraform.resources(proxy_type)
	values.refers_to(rule.config.target, proxy.id)
	some url_map in terraform.resources(map_type)
	values.refers_to(proxy.config.url_map, url_map.id)
	not may_redirect(url_map.config)
	f := finding.at(rule, ["config", "target"], finding.format("%s serves %s over plain HTTP to the internet (%s does not redirect to HTTPS)", [rule.id, url_map.id, proxy.id]))
}

# external(rule): the load balancing scheme is external (EXTERNAL is the default).
external(rule) if values.absent_or_null(rule.config, "load_balancing_scheme")

external(rule) if upper(rule.config.load_balancing_scheme) in {"EXTERNAL", "EXTERNAL_MANAGED"}

# may_redirect(cfg): the URL map, or a path matcher, sends every request to HTTPS, or may.
may_redirect(cfg) if {
	https_redirect(cfg)
	every matcher in terraform.blocks(cfg, "path_matcher") {
		https_redirect(matcher)
		count(terraform.blocks(matcher, "path_rule")) == 0
		count(terraform.blocks(matcher, "route_rules")) == 0
	}
}

may_redirect(cfg) if is_object(cfg.dynamic)

https_redirect(cfg) if {
	some redirect in terraform.blocks(cfg, "default_url_redirect")
	redirect_on(redirect.https_redirect)
}

redirect_on(v) if values.true_value(v)

redirect_on(v) if values.is_unknown(v)
