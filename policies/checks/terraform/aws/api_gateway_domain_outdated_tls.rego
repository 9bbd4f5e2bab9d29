# METADATA
# title: API Gateway custom domain accepts TLS 1.0
# description: >-
#   An aws_api_gateway_domain_name (REST API custom domain) does not set
#   security_policy, whose default is TLS_1_0, or sets it to TLS_1_0. Clients can
#   then negotiate a deprecated protocol version (RFC 8996) for API calls that
#   carry personal data. A private domain (endpoint_configuration types
#   PRIVATE) only supports TLS 1.2, so it is not reported without
#   security_policy; nor is one whose endpoint types cannot be resolved.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
# custom:
#   id: EVD-TF-032
#   severity: medium
#   remediation: >-
#     Set security_policy = "TLS_1_2" (or one of the enhanced
#     SecurityPolicy_TLS13_* policies).
#   selector:
#     input: terraform
#     resources: [aws_api_gateway_domain_name]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security needs current protocol versions; TLS 1.0 is deprecated.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1) asks for; TLS 1.0 no longer is.
package evident.checks.terraform.api_gateway_domain_outdated_tls

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some domain in terraform.resources("aws_api_gateway_domain_name")
	values.absent_or_null(domain.config, "security_policy")
	not maybe_private(domain.config)
	f := finding.of(domain, finding.format("%s does not set security_policy (the default, TLS_1_0, accepts TLS 1.0)", [domain.id]))
}

deny contains f if {
	some domain in terraform.resources("aws_api_gateway_domain_name")
	domain.config.security_policy == "TLS_1_0"
	f := finding.at(domain, ["config", "security_policy"], finding.format("%s sets security_policy = TLS_1_0", [domain.id]))
}

# maybe_private(cfg): the domain is (or may be) a private one: an endpoint type PRIVATE, or
# types that cannot be resolved. Without endpoint_configuration it is an edge domain.
maybe_private(cfg) if terraform.dynamic(cfg, "endpoint_configuration")

maybe_private(cfg) if {
	some e in terraform.blocks(cfg, "endpoint_configuration")
	not is_array(e.types)
}

maybe_private(cfg) if {
	some e in terraform.blocks(cfg, "endpoint_configuration")
	some t in e.types
	not is_string(t)
}

maybe_private(cfg) if {
	some e in terraform.blocks(cfg, "endpoint_configuration")
	some t in e.types
	upper(t) == "PRIVATE"
}
