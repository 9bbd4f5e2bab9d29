# METADATA
# title: Application or classic load balancer access logs are off
# description: >-
#   An application AWS::ElasticLoadBalancingV2::LoadBalancer (Type application,
#   the default) has no LoadBalancerAttributes entry access_logs.s3.enabled
#   with Value true or "true" (access logging is off unless that attribute
#   says otherwise, even when access_logs.s3.bucket is named). Access logs are
#   the record of who requested what from the application, with client
#   addresses and paths. Network and gateway load balancers, an unknown Type,
#   and attributes whose key or value is unknown (a parameter without
#   default, an undecidable Fn::If) are not reported. A classic
#   AWS::ElasticLoadBalancing::LoadBalancer is reported without an
#   AccessLoggingPolicy or with its Enabled false (an unknown one is not).
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html
# custom:
#   id: EVD-CFN-061
#   severity: medium
#   remediation: >-
#     Add LoadBalancerAttributes entries {Key: access_logs.s3.enabled, Value:
#     "true"} and {Key: access_logs.s3.bucket, Value: !Ref LbLogsBucket}, a
#     bucket whose policy lets Elastic Load Balancing write to it.
#   selector:
#     input: cloudformation
#     resources: [AWS::ElasticLoadBalancingV2::LoadBalancer, AWS::ElasticLoadBalancing::LoadBalancer]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of access to applications that serve ePHI support audit controls and activity review.
#     gdpr: Access records of systems processing personal data help demonstrate compliance.
package evident.checks.cloudformation.lb_access_logs_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

key := "access_logs.s3.enabled"

deny contains f if {
	some lb in application_load_balancers
	attrs := object.get(lb.properties, "LoadBalancerAttributes", [])
	not values.is_unknown(attrs)
	not some_entry_may_enable(cfn.as_list(attrs))
	f := finding.of(lb, finding.format("%s does not enable access_logs.s3.enabled", [lb.id]))
}

deny contains f if {
	some lb in application_load_balancers
	attrs := lb.properties.LoadBalancerAttributes
	is_array(attrs)
	some i, entry in attrs
	is_object(entry)
	entry.Key == key
	cfn.is_false(entry.Value)
	f := finding.at(lb, ["properties", "LoadBalancerAttributes", i, "Value"], finding.format("%s sets access_logs.s3.enabled to false", [lb.id]))
}

# application_load_balancers: Type application, or no Type (the default).
application_load_balancers := [lb |
	some lb in cfn.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	type := object.get(lb.properties, "Type", "application")
	is_string(type)
	lower(type) == "application"
]

# some_entry_may_enable(attrs): an entry sets the key (to anything: false is
# reported by the second rule, true or unknown passes), or may be that key (an
# unknown entry or key).
some_entry_may_enable(attrs) if {
	some entry in attrs
	entry.Key == key
}

some_entry_may_enable(attrs) if {
	some entry in attrs
	values.is_unknown(entry)
}

some_entry_may_enable(attrs) if {
	some entry in attrs
	values.is_unknown(entry.Key)
}

# Classic load balancers: AccessLoggingPolicy (Enabled is required in it).
deny contains f if {
	some elb in cfn.resources("AWS::ElasticLoadBalancing::LoadBalancer")
	values.absent_or_null(elb.properties, "AccessLoggingPolicy")
	f := finding.of(elb, finding.format("%s has no AccessLoggingPolicy", [elb.id]))
}

deny contains f if {
	some elb in cfn.resources("AWS::ElasticLoadBalancing::LoadBalancer")
	cfn.is_false(elb.properties.AccessLoggingPolicy.Enabled)
	f := finding.at(elb, ["properties", "AccessLoggingPolicy", "Enabled"], finding.format("%s sets AccessLoggingPolicy.Enabled to false", [elb.id]))
}
