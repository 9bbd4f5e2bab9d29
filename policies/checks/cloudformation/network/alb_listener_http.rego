# METADATA
# title: Load balancer listener serves plain HTTP without redirecting to HTTPS
# description: >-
#   An AWS::ElasticLoadBalancingV2::Listener uses Protocol HTTP and its
#   default action is not a redirect to HTTPS, so clients exchange requests
#   and responses in clear text over the internet. Listeners of a load
#   balancer of the template with Scheme internal are not reported.
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

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol == "HTTP"
	actions := listener.properties.DefaultActions
	is_array(actions)
	not some_unknown(actions)
	not redirects_to_https(actions)
	not internal(listener)
	f := finding.at(listener, ["properties", "Protocol"], finding.format("%s serves HTTP without redirecting to HTTPS", [listener.id]))
}

redirects_to_https(actions) if {
	some action in actions
	lower(action.Type) == "redirect"
	action.RedirectConfig.Protocol == "HTTPS"
}

some_unknown(actions) if {
	some action in actions
	values.is_unknown(action)
}

some_unknown(actions) if {
	some action in actions
	values.is_unknown(action.RedirectConfig.Protocol)
}

internal(listener) if {
	lb := cfn.by_id[cfn.ref_id(listener.properties.LoadBalancerArn)]
	lb.properties.Scheme == "internal"
}
