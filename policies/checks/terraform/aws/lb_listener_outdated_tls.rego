# METADATA
# title: Load balancer listener accepts TLS 1.0 or 1.1
# description: >-
#   An HTTPS or TLS aws_lb_listener (or aws_alb_listener) uses an ssl_policy
#   that still negotiates TLS 1.0 or 1.1 (e.g. ELBSecurityPolicy-2016-08,
#   ELBSecurityPolicy-TLS-1-1-2017-01, ELBSecurityPolicy-TLS13-1-0-2021-06).
#   These protocol versions are deprecated (RFC 8996) and no longer count as
#   strong encryption for data in transit.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: EVD-TF-027
#   severity: medium
#   remediation: >-
#     Use a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 (or a
#     ...-PQ- / FIPS variant).
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

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some listener in terraform.resources_of({"aws_lb_listener", "aws_alb_listener"})
	policy := listener.config.ssl_policy
	is_string(policy)
	regex.match(`^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0-.*|TLS-1-1-.*|FS-2018-06|FS-1-1-.*|TLS13-1-0-.*|TLS13-1-1-.*)$`, policy)
	f := finding.at(listener, ["config", "ssl_policy"], finding.format("%s uses ssl_policy %s, which accepts TLS versions older than 1.2", [listener.id, policy]))
}
