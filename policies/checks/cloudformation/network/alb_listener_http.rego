# METADATA
# title: Load balancer listener serves plain HTTP without redirecting to HTTPS
# description: >-
#   An AWS::ElasticLoadBalancingV2::Listener uses Protocol HTTP and its
#   default action neither redirects to HTTPS nor returns a fixed response, so
#   clients exchange requests and responses in clear text. A listener whose
#   default action is safe is still reported when an
#   AWS::ElasticLoadBalancingV2::ListenerRule of the template attached to it
#   forwards requests: rules take precedence over the default action. Internal
#   load balancers are reported too (as EVD-TF-026 does): ePHI crossing the
#   network inside a VPC needs transmission security as well.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
# custom:
#   id: EVD-CFN-020
#   severity: high
#   remediation: >-
#     Serve the application on an HTTPS listener with an ACM certificate, and
#     make the HTTP listener's default action a redirect with Protocol HTTPS
#     and StatusCode HTTP_301.
#   selector:
#     input: cloudformation
#     resources: [AWS::ElasticLoadBalancingV2::Listener]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to and from users over plain HTTP is not protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.alb_listener_http

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol == "HTTP"
	actions := listener.properties.DefaultActions
	is_array(actions)
	not some_unknown(actions)
	not safe_default_action(actions)
	f := finding.at(listener, ["properties", "Protocol"], finding.format("%s serves HTTP without redirecting to HTTPS", [listener.id]))
}

# A listener whose default action does not forward, with listener rules that do:
# a fixed-response default is how a listener says "only the paths my rules
# route", and a redirect default still leaves the rules' paths on HTTP.
deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol == "HTTP"
	safe_default_action(listener.properties.DefaultActions)
	rules := forwarding_rules(listener)
	count(rules) > 0
	f := finding.at(listener, ["properties", "Protocol"], finding.format("%s serves HTTP: %s requests over it without redirecting to HTTPS", [listener.id, aws.listener_rules_forward(rules)]))
}

safe_default_action(actions) if {
	some action in actions
	lower(action.Type) == "redirect"
	action.RedirectConfig.Protocol == "HTTPS"
}

safe_default_action(actions) if {
	some action in actions
	lower(action.Type) == "fixed-response"
}

# forwarding_rules(listener): the logical ids of the template's listener rules
# attached to the listener whose actions forward to targets.
forwarding_rules(listener) := {rule.id |
	some rule in cfn.resources("AWS::ElasticLoadBalancingV2::ListenerRule")
	cfn.ref_id(rule.properties.ListenerArn) == listener.id
	some action in rule.properties.Actions
	lower(action.Type) == "forward"
}

some_unknown(actions) if {
	some action in actions
	values.is_unknown(action)
}

some_unknown(actions) if {
	some action in actions
	values.is_unknown(action.RedirectConfig.Protocol)
}
