# METADATA
# title: Load balancer listener allows TLS 1.0 or 1.1
# description: >-
#   An HTTPS or TLS AWS::ElasticLoadBalancingV2::Listener names an SslPolicy
#   that still negotiates TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08,
#   ELBSecurityPolicy-TLS-1-0-2015-04, ELBSecurityPolicy-TLS-1-1-2017-01, …).
#   These protocol versions have known weaknesses and are no longer accepted
#   for transmitting sensitive data.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: EVD-CFN-021
#   severity: medium
#   remediation: >-
#     Set SslPolicy to ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+
#     policy such as ELBSecurityPolicy-TLS13-1-2-Res-2021-06).
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

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

outdated := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
	"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
}

deny contains f if {
	some listener in cfn.resources("AWS::ElasticLoadBalancingV2::Listener")
	listener.properties.Protocol in {"HTTPS", "TLS"}
	policy := listener.properties.SslPolicy
	policy in outdated
	f := finding.at(listener, ["properties", "SslPolicy"], finding.format("%s uses SslPolicy %s, which allows TLS 1.0 or 1.1", [listener.id, policy]))
}
