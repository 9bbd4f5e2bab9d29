# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   An aws_lb_listener (or aws_alb_listener) uses protocol = "HTTP" and its
#   default action neither redirects to HTTPS nor returns a fixed response, so
#   the application behind it is reachable without TLS and requests, cookies
#   and responses with personal data travel in clear text.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
# custom:
#   id: EVD-TF-026
#   severity: high
#   remediation: >-
#     Serve the application on an HTTPS listener, and give the HTTP listener a
#     default_action { type = "redirect", redirect { protocol = "HTTPS",
#     port = "443", status_code = "HTTP_301" } }.
#   selector:
#     input: terraform
#     resources: [aws_lb_listener, aws_alb_listener]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI sent over the network must be protected against interception; plain HTTP is not.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.lb_listener_http

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some listener in terraform.resources_of({"aws_lb_listener", "aws_alb_listener"})
	listener.config.protocol == "HTTP"
	not terraform.dynamic(listener.config, "default_action")
	not safe_default_action(listener)
	f := finding.at(listener, ["config", "protocol"], finding.format("%s serves plain HTTP without redirecting to HTTPS", [listener.id]))
}

safe_default_action(listener) if {
	some action in terraform.blocks(listener.config, "default_action")
	action.type == "redirect"
	some redirect in terraform.blocks(action, "redirect")
	not plain_redirect(redirect)
}

safe_default_action(listener) if {
	some action in terraform.blocks(listener.config, "default_action")
	action.type == "fixed-response"
}

# An action whose type is unknown may well be the redirect.
safe_default_action(listener) if {
	some action in terraform.blocks(listener.config, "default_action")
	not is_string(action.type)
}

# A redirect keeps the request's protocol ("#{protocol}") unless it names HTTPS.
plain_redirect(redirect) if redirect.protocol == "HTTP"

plain_redirect(redirect) if not redirect.protocol

plain_redirect(redirect) if redirect.protocol == "#{protocol}"
