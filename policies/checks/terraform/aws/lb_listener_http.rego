# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   An aws_lb_listener (or aws_alb_listener) uses protocol = "HTTP", or sets
#   no protocol while its load_balancer_arn refers only to an aws_lb / aws_alb
#   of the module whose load_balancer_type is "application" or absent (the
#   provider then creates an HTTP listener), and its default action neither
#   redirects to HTTPS nor returns a fixed response, so the application behind
#   it is reachable without TLS and requests, cookies and responses with
#   personal data travel in clear text. A listener without protocol is not
#   reported when its load balancer is not resolved in the module (a variable,
#   a data source), is a network or gateway load balancer or of unknown type,
#   or when it sets certificate_arn or ssl_policy (HTTPS settings that an HTTP
#   listener does not accept). A listener whose default action is safe (a
#   redirect to HTTPS, a fixed response) is still reported when a listener rule
#   of the module (aws_lb_listener_rule, aws_alb_listener_rule) attached to it
#   forwards requests: rules take precedence over the default action, so the
#   requests they match reach the application over plain HTTP.
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

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# An HTTP listener (by its protocol, or by the default of its application load
# balancer: see plain_http) whose default action forwards, located at its
# protocol when it names one.
deny contains f if {
	some listener in terraform.resources_of({"aws_lb_listener", "aws_alb_listener"})
	plain_http(listener)
	default_action_unsafe(listener)
	f := located(listener, finding.format(default_action_message(listener), [listener.id]))
}

default_action_message(listener) := "%s serves plain HTTP without redirecting to HTTPS" if listener.config.protocol == "HTTP"

else := "%s serves plain HTTP without redirecting to HTTPS (no protocol: an application load balancer listener defaults to HTTP)"

# A listener whose default action does not forward, with listener rules that do:
# a fixed-response default is how a listener says "only the paths my rules
# route", and a redirect default still leaves the rules' paths on HTTP.
deny contains f if {
	some listener in terraform.resources_of({"aws_lb_listener", "aws_alb_listener"})
	plain_http(listener)
	not default_action_unsafe(listener)
	rules := forwarding_rules(listener)
	count(rules) > 0
	f := located(listener, finding.format("%s serves plain HTTP: %s requests over it without redirecting to HTTPS", [listener.id, aws.listener_rules_forward(rules)]))
}

# plain_http(listener): the listener speaks HTTP, by its protocol, or by having
# none while its load_balancer_arn refers only to an application load balancer
# of the module (the provider's default: terraform-provider-aws, aws_lb_listener
# protocol: "For Application Load Balancers, valid values are HTTP and HTTPS,
# with a default of HTTP"; Network Load Balancers default to TCP) and it sets
# no HTTPS setting (certificate_arn, ssl_policy) that an HTTP listener rejects.
plain_http(listener) if listener.config.protocol == "HTTP"

plain_http(listener) if {
	values.absent_or_null(listener.config, "protocol")
	not values.has_key(listener.config, "certificate_arn")
	not values.has_key(listener.config, "ssl_policy")
	on_application_lb(listener)
}

# default_action_unsafe(listener): its default action is known and neither
# redirects to HTTPS nor answers itself.
default_action_unsafe(listener) if {
	not terraform.dynamic(listener.config, "default_action")
	not safe_default_action(listener)
}

located(listener, msg) := finding.at(listener, ["config", "protocol"], msg) if listener.config.protocol == "HTTP"

else := finding.of(listener, msg)

# forwarding_rules(listener): the ids of the module's listener rules attached to
# the listener whose actions forward to targets.
forwarding_rules(listener) := {rule.id |
	some rule in terraform.resources_of({"aws_lb_listener_rule", "aws_alb_listener_rule"})
	terraform.points_at(rule.config.listener_arn, listener, "listener_arn")
	some action in terraform.blocks(rule.config, "action")
	action.type == "forward"
}

# on_application_lb(listener): load_balancer_arn refers to an application load
# balancer of the module, and to nothing else that could be another load
# balancer (a variable in a conditional, a module output).
on_application_lb(listener) if {
	arn := listener.config.load_balancer_arn
	some lb in terraform.resources_of({"aws_lb", "aws_alb"})
	terraform.points_at(arn, lb, "load_balancer_arn")
	application(lb.config)
	every ref in values.refs(arn) {
		refers_only_to(ref, lb.id)
	}
}

# A local's own references are in the list too; count and each pick an
# instance of the same resource.
refers_only_to(ref, _) if startswith(ref, "local.")

refers_only_to(ref, _) if startswith(ref, "count.")

refers_only_to(ref, _) if startswith(ref, "each.")

refers_only_to(ref, id) if ref == id

refers_only_to(ref, id) if startswith(ref, concat("", [id, "."]))

application(cfg) if values.absent_or_null(cfg, "load_balancer_type")

application(cfg) if cfg.load_balancer_type == "application"

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
