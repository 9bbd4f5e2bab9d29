# METADATA
# title: Load balancer listener accepts TLS 1.0 or 1.1
# description: >-
#   An aws_lb_listener (or aws_alb_listener) uses an ssl_policy that still
#   negotiates TLS 1.0 or 1.1: ELBSecurityPolicy-2015-05,
#   ELBSecurityPolicy-2016-08, ELBSecurityPolicy-FS-2018-06, and every
#   ELBSecurityPolicy-TLS-1-0-…, ELBSecurityPolicy-TLS-1-1-…,
#   ELBSecurityPolicy-FS-1-1-…, ELBSecurityPolicy-TLS13-1-0-… and
#   ELBSecurityPolicy-TLS13-1-1-… policy (including their FIPS and PQ
#   variants). Also reported: an HTTPS or TLS listener (protocol in any case)
#   that does not set ssl_policy (absent, null or ""), since for listeners
#   created through the API, as Terraform does, AWS then applies
#   ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1. Not reported: a
#   listener without ssl_policy whose protocol is absent (HTTP on an
#   Application Load Balancer), another protocol (HTTP, TCP, UDP…) or unknown,
#   and an ssl_policy that is unknown or a TLS 1.2+ policy. These protocol
#   versions are deprecated (RFC 8996) and no longer count as strong
#   encryption for data in transit.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
# custom:
#   id: EVD-TF-027
#   severity: medium
#   remediation: >-
#     Set ssl_policy on every HTTPS and TLS listener to a TLS 1.2+ policy such
#     as ELBSecurityPolicy-TLS13-1-2-Res-2021-06 or
#     ELBSecurityPolicy-TLS13-1-2-2021-06 (or a ...-PQ- / FIPS variant).
#   selector:
#     input: terraform
#     resources: [aws_lb_listener, aws_alb_listener]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security needs current protocol versions; TLS 1.0/1.1 are deprecated.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1) asks for; TLS 1.0/1.1 no longer are.
package evident.checks.terraform.lb_listener_outdated_tls

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

listener_types := {"aws_lb_listener", "aws_alb_listener"}

deny contains f if {
	some listener in terraform.resources_of(listener_types)
	policy := listener.config.ssl_policy
	is_string(policy)
	aws.elb_policy_outdated(policy)
	f := finding.at(listener, ["config", "ssl_policy"], finding.format("%s uses ssl_policy %s, which accepts TLS versions older than 1.2", [listener.id, policy]))
}

deny contains f if {
	some listener in terraform.resources_of(listener_types)
	tls_protocol(listener.config)
	policy_not_set(listener.config)
	f := finding.of(listener, finding.format("%s does not set ssl_policy: AWS applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1", [listener.id]))
}

# tls_protocol(cfg): the listener's protocol is known to be HTTPS or TLS (the
# provider accepts it in any case).
tls_protocol(cfg) if {
	is_string(cfg.protocol)
	upper(cfg.protocol) in {"HTTPS", "TLS"}
}

# policy_not_set(cfg): ssl_policy is absent, null or "" (the provider sends
# no policy then), but not unknown.
policy_not_set(cfg) if values.absent_or_null(cfg, "ssl_policy")

policy_not_set(cfg) if cfg.ssl_policy == ""
