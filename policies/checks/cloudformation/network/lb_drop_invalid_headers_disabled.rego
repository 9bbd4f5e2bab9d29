# METADATA
# title: Application load balancer does not drop invalid HTTP headers
# description: >-
#   An application AWS::ElasticLoadBalancingV2::LoadBalancer (Type
#   application, or no Type: the default) has no LoadBalancerAttributes entry
#   routing.http.drop_invalid_header_fields.enabled with Value true or
#   "true": the attribute is left out (it defaults to false) or set to false.
#   The load balancer then forwards header fields whose names are not valid
#   HTTP tokens to its targets, where a server that reads them differently
#   from the load balancer can be led into HTTP request smuggling or header
#   injection (another user's request or session altered or hijacked).
#   Network and gateway load balancers (no HTTP headers), an unknown Type,
#   and attributes whose key or value is unknown (a parameter without
#   default, an undecidable Fn::If) are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/alb-http-drop-invalid-header-enabled.html
# custom:
#   id: EVD-CFN-095
#   severity: low
#   remediation: >-
#     Add the LoadBalancerAttributes entry {Key:
#     routing.http.drop_invalid_header_fields.enabled, Value: "true"} (check
#     first that no client relies on header names with characters other than
#     letters, digits and hyphens).
#   selector:
#     input: cloudformation
#     resources: [AWS::ElasticLoadBalancingV2::LoadBalancer]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Forwarding malformed headers lets requests carrying ePHI be smuggled or altered between the load balancer and its targets, against transmission security and its integrity controls.
#     gdpr: Dropping malformed headers protects the integrity of the services that process personal data against request smuggling.
package evident.checks.cloudformation.lb_drop_invalid_headers_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

key := "routing.http.drop_invalid_header_fields.enabled"

deny contains f if {
	some lb in cfn.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	application(lb.properties)
	attrs := object.get(lb.properties, "LoadBalancerAttributes", [])
	not values.is_unknown(attrs)
	not some_entry_may_set(cfn.as_list(attrs))
	f := finding.of(lb, finding.format("%s does not set %s to true (it defaults to false)", [lb.id, key]))
}

deny contains f if {
	some lb in cfn.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	application(lb.properties)
	attrs := lb.properties.LoadBalancerAttributes
	is_array(attrs)
	some i, entry in attrs
	is_object(entry)
	entry.Key == key
	cfn.is_false(entry.Value)
	f := finding.at(lb, ["properties", "LoadBalancerAttributes", i, "Value"], finding.format("%s sets %s to false", [lb.id, key]))
}

# application(props): Type application (in any case), or no Type (the default).
application(props) if values.absent_or_null(props, "Type")

application(props) if {
	is_string(props.Type)
	lower(props.Type) == "application"
}

# some_entry_may_set(attrs): an entry sets the key (to anything: false is
# reported by the second rule, true or unknown passes), or may be that key (an
# unknown entry or key).
some_entry_may_set(attrs) if {
	some entry in attrs
	entry.Key == key
}

some_entry_may_set(attrs) if {
	some entry in attrs
	values.is_unknown(entry)
}

some_entry_may_set(attrs) if {
	some entry in attrs
	values.is_unknown(entry.Key)
}
