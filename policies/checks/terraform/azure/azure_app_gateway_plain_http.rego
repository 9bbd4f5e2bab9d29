# METADATA
# title: Azure Application Gateway serves plain HTTP on a public listener
# description: >-
#   An azurerm_application_gateway has an http_listener with protocol = "Http"
#   on a frontend IP configuration with a public IP address, and a
#   request_routing_rule for that listener that forwards to a backend pool
#   (directly or through a URL path map) or redirects anywhere but to an HTTPS
#   listener or an https:// URL. The application behind the gateway is then
#   reachable from the internet without TLS, and requests, cookies and
#   responses with personal data travel in clear text. An HTTP listener whose
#   rules only redirect to HTTPS is the usual way to catch port 80, and is not
#   reported. Not reported: listeners on private frontends, names not known
#   statically, and gateways that write these blocks with dynamic blocks.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/application-gateway/redirect-http-to-https-portal
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_gateway
# custom:
#   id: EVD-TF-293
#   severity: high
#   remediation: >-
#     Serve the application on an Https listener with a certificate, and give
#     the Http listener a request routing rule whose redirect_configuration has
#     redirect_type = "Permanent" and target_listener_name naming the Https
#     listener.
#   selector:
#     input: terraform
#     resources: [azurerm_application_gateway]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.azure_app_gateway_plain_http

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some gateway in terraform.resources("azurerm_application_gateway")
	not written_dynamically(gateway.config)
	some i, listener in terraform.blocks(gateway.config, "http_listener")
	values.lower_text(listener.protocol) == "http"
	public_frontend(gateway.config, listener.frontend_ip_configuration_name)
	some rule in terraform.blocks(gateway.config, "request_routing_rule")
	rule.http_listener_name == listener.name
	serves(gateway.config, rule)
	f := finding.at(gateway, ["config", "http_listener", i, "protocol"], finding.format("%s serves plain HTTP on its public listener \"%s\" (request routing rule \"%s\" does not redirect to HTTPS)", [gateway.id, listener.name, rule.name]))
}

written_dynamically(cfg) if {
	some name in ["http_listener", "request_routing_rule", "redirect_configuration", "url_path_map", "frontend_ip_configuration"]
	terraform.dynamic(cfg, name)
}

# public_frontend(cfg, name): the frontend IP configuration named `name` has a public IP address.
public_frontend(cfg, name) if {
	some frontend in terraform.blocks(cfg, "frontend_ip_configuration")
	frontend.name == name
	not values.absent_or_null(frontend, "public_ip_address_id")
}

# serves(cfg, rule): the rule sends requests to a backend, or redirects them elsewhere than HTTPS.
serves(_, rule) if values.truthy_string(rule.backend_address_pool_name)

serves(cfg, rule) if {
	some path_map in terraform.blocks(cfg, "url_path_map")
	path_map.name == rule.url_path_map_name
	path_map_forwards(path_map)
}

serves(cfg, rule) if {
	some redirect in terraform.blocks(cfg, "redirect_configuration")
	redirect.name == rule.redirect_configuration_name
	not may_redirect_to_https(cfg, redirect)
}

path_map_forwards(path_map) if values.truthy_string(path_map.default_backend_address_pool_name)

path_map_forwards(path_map) if {
	some path_rule in terraform.blocks(path_map, "path_rule")
	values.truthy_string(path_rule.backend_address_pool_name)
}

# may_redirect_to_https(cfg, redirect): the redirect targets an Https listener or an https:// URL,
# or a target not known statically.
may_redirect_to_https(cfg, redirect) if {
	some target in terraform.blocks(cfg, "http_listener")
	target.name == redirect.target_listener_name
	values.lower_text(target.protocol) == "https"
}

may_redirect_to_https(_, redirect) if startswith(values.lower_text(redirect.target_url), "https://")

may_redirect_to_https(_, redirect) if values.is_unknown(redirect.target_listener_name)

may_redirect_to_https(_, redirect) if values.is_unknown(redirect.target_url)
