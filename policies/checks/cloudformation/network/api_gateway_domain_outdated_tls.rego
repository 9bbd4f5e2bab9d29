# METADATA
# title: API Gateway custom domain accepts TLS 1.0
# description: >-
#   An AWS::ApiGateway::DomainName (REST API custom domain) does not set
#   SecurityPolicy, whose default is TLS_1_0, or sets it to TLS_1_0; so does
#   the Domain of a SAM AWS::Serverless::Api (or of the Globals Api section),
#   which SAM turns into such a domain name. Clients can then negotiate a
#   deprecated protocol version (RFC 8996) for API calls that carry personal
#   data. A private custom domain (EndpointConfiguration PRIVATE), which only
#   supports TLS_1_2, is not reported without SecurityPolicy, nor is a domain
#   whose policy or endpoint type is unknown (a parameter without default, an
#   undecidable Fn::If). AWS::ApiGatewayV2::DomainName and the Domain of a SAM
#   HttpApi are not examined, as the Terraform check does not examine
#   aws_apigatewayv2_domain_name.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html
# custom:
#   id: EVD-CFN-063
#   severity: medium
#   remediation: >-
#     Set SecurityPolicy: TLS_1_2 (Domain.SecurityPolicy on a SAM API), or one
#     of the enhanced SecurityPolicy_TLS13_* policies.
#   selector:
#     input: cloudformation
#     resources: [AWS::ApiGateway::DomainName, AWS::Serverless::Api]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security needs current protocol versions; TLS 1.0 is deprecated.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1) asks for; TLS 1.0 no longer is.
package evident.checks.cloudformation.api_gateway_domain_outdated_tls

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some domain in cfn.resources("AWS::ApiGateway::DomainName")
	not values.has_key(domain.properties, "SecurityPolicy")
	not may_be_private(object.get(domain.properties, "EndpointConfiguration", {}))
	f := finding.of(domain, finding.format("%s does not set SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)", [domain.id]))
}

deny contains f if {
	some domain in cfn.resources("AWS::ApiGateway::DomainName")
	domain.properties.SecurityPolicy == "TLS_1_0"
	f := finding.at(domain, ["properties", "SecurityPolicy"], finding.format("%s sets SecurityPolicy to TLS_1_0", [domain.id]))
}

# may_be_private(config): EndpointConfiguration.Types includes PRIVATE, or may (unknown).
may_be_private(config) if values.is_unknown(config)

may_be_private(config) if values.is_unknown(config.Types)

may_be_private(config) if {
	some t in config.Types
	not is_string(t)
}

may_be_private(config) if {
	some t in config.Types
	upper(t) == "PRIVATE"
}

# ------------------------------------------------------------------ SAM

# A SAM API with a Domain of its own or from Globals (SAM merges the two).
deny contains f if {
	some api in cfn.resources("AWS::Serverless::Api")
	domain := sam_domain(api)
	not values.has_key(domain, "SecurityPolicy")
	not sam_may_be_private(domain)
	f := located(api, finding.format("%s does not set Domain.SecurityPolicy (the default, TLS_1_0, accepts TLS 1.0)", [api.id]), ["properties", "Domain"])
}

deny contains f if {
	some api in cfn.resources("AWS::Serverless::Api")
	sam_domain(api).SecurityPolicy == "TLS_1_0"
	f := located(api, finding.format("%s sets Domain.SecurityPolicy to TLS_1_0", [api.id]), ["properties", "Domain", "SecurityPolicy"])
}

# sam_domain(api): the API's Domain merged over the Globals Api Domain;
# undefined when neither declares one or either is unknown.
sam_domain(api) := object.union(globals_domain, own) if {
	own := object.get(api.properties, "Domain", {})
	values.known_object(own)
	values.known_object(globals_domain)
	count(own) + count(globals_domain) > 0
}

globals_domain := d if {
	d := cfn.globals("Api").properties.Domain
} else := {}

# SAM's Domain.EndpointConfiguration is a string (EDGE by default).
sam_may_be_private(domain) if values.is_unknown(domain.EndpointConfiguration)

sam_may_be_private(domain) if {
	is_string(domain.EndpointConfiguration)
	upper(domain.EndpointConfiguration) == "PRIVATE"
}

# located(api, msg, path): at `path` when the API writes it, else at the API
# (the setting, or its absence, comes from Globals).
located(api, msg, path) := finding.at(api, path, msg) if {
	object.get(api, path, null) != null
} else := finding.of(api, msg)
