# METADATA
# title: Load balancer listener allows TLS 1.0 or 1.1
# description: >-
#   An HTTPS or TLS AWS::ElasticLoadBalancingV2::Listener names an SslPolicy
#   that still negotiates TLS 1.0 or 1.1: ELBSecurityPolicy-2015-05,
#   ELBSecurityPolicy-2016-08, ELBSecurityPolicy-FS-2018-06, and every
#   ELBSecurityPolicy-TLS-1-0-…, ELBSecurityPolicy-TLS-1-1-…,
#   ELBSecurityPolicy-FS-1-1-…, ELBSecurityPolicy-TLS13-1-0-… and
#   ELBSecurityPolicy-TLS13-1-1-… policy (including their FIPS and PQ
#   variants); or leaves SslPolicy out (absent, null, "" or removed with
#   AWS::NoValue), since for listeners created through CloudFormation AWS then
#   applies ELBSecurityPolicy-2016-08, which allows TLS 1.0 and 1.1. Not
#   reported: a listener whose Protocol is absent, another protocol (HTTP,
#   TCP, UDP…) or unknown, and an SslPolicy that is unknown (a parameter
#   without default) or a TLS 1.2+ policy. These protocol versions have known
#   weaknesses and are no longer accepted for transmitting sensitive data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
# custom:
#   id: EVD-CFN-021
#   severity: medium
#   remediation: >-
#     Set SslPolicy on every HTTPS and TLS listener to
#     ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy such as
#     ELBSecurityPolicy-TLS13-1-2-Res-2021-06).
#   selector:
#     input: cloudformation
#     resources: [AWS::ElasticLoadBalancingV2::Listener]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security of ePHI needs current TLS; TLS 1.0/1.1 do not provide adequate encryption in transit.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; deprecated TLS versions are not.
package evident.checks.cloudformation.alb_listener_outdated_tls_policy

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol in {"HTTPS", "TLS"}
	policy := listener.properties.SslPolicy
	is_string(policy)
	aws.elb_policy_outdated(policy)
	f := finding.at(listener, ["properties", "SslPolicy"], finding.format("%s uses SslPolicy %s, which allows TLS 1.0 or 1.1", [listener.id, policy]))
}

deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol in {"HTTPS", "TLS"}
	not cfn.given(listener.properties, "SslPolicy")
	f := finding.of(listener, finding.format("%s does not set SslPolicy: AWS applies ELBSecurityPolicy-2016-08, which allows TLS 1.0 and 1.1", [listener.id]))
}
