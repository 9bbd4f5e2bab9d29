# METADATA
# title: OpenSearch domain does not encrypt traffic
# description: >-
#   An AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain does not
#   enable NodeToNodeEncryptionOptions (missing, without Enabled, or Enabled
#   false), sets DomainEndpointOptions.EnforceHTTPS to false, does not set it
#   at all (no DomainEndpointOptions, or one without EnforceHTTPS), or allows
#   TLS 1.0 (TLSSecurityPolicy Policy-Min-TLS-1-0-2019-07). Queries and
#   replicated shards then travel in clear text or over a deprecated protocol.
#   Unlike Terraform's domain_endpoint_options, whose enforce_https defaults
#   to true inside the block, CloudFormation has no default of its own: an
#   EnforceHTTPS left out is not sent, and OpenSearch Service then creates the
#   domain with HTTPS not enforced, whether DomainEndpointOptions is missing or
#   only sets other keys. A missing EnforceHTTPS is not reported when
#   AdvancedSecurityOptions is enabled (true, "true" or unknown): AWS refuses
#   fine-grained access control without HTTPS, so such a domain is never
#   created with HTTP allowed. An omitted TLSSecurityPolicy is not reported
#   either, only the TLS 1.0 policy written out. Not reported: options or
#   values that are not known statically (a parameter without default, an
#   undecidable Fn::If); booleans written as strings are read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-domainendpointoptions.html
# custom:
#   id: EVD-CFN-054
#   severity: high
#   remediation: >-
#     Set NodeToNodeEncryptionOptions with Enabled true and
#     DomainEndpointOptions with EnforceHTTPS true and TLSSecurityPolicy
#     Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07).
#   selector:
#     input: cloudformation
#     resources: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to and between search nodes must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.opensearch_in_transit_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

domains := cfn.resources_of(["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"])

# Node-to-node encryption: missing (at the resource), without Enabled (at the
# object) or Enabled false (at the property).
deny contains f if {
	some domain in domains
	f := cfn.flag_off(domain, "NodeToNodeEncryptionOptions", "Enabled", {
		"absent": "%s does not enable NodeToNodeEncryptionOptions",
		"unset": "%s does not enable NodeToNodeEncryptionOptions",
		"false": "%s sets NodeToNodeEncryptionOptions.Enabled to false",
	})
}

deny contains f if {
	some domain in domains
	cfn.is_false(domain.properties.DomainEndpointOptions.EnforceHTTPS)
	path := ["properties", "DomainEndpointOptions", "EnforceHTTPS"]
	f := finding.at(domain, path, finding.format("%s sets DomainEndpointOptions.EnforceHTTPS to false", [domain.id]))
}

deny contains f if {
	some domain in domains
	domain.properties.DomainEndpointOptions.TLSSecurityPolicy == "Policy-Min-TLS-1-0-2019-07"
	path := ["properties", "DomainEndpointOptions", "TLSSecurityPolicy"]
	f := finding.at(domain, path, finding.format("%s accepts TLS 1.0 (Policy-Min-TLS-1-0-2019-07)", [domain.id]))
}

# No DomainEndpointOptions: the template sends no endpoint options and AWS
# leaves EnforceHTTPS false (a domain created without them describes
# EnforceHTTPS false, and enabling fine-grained access control on it fails with
# "You must enable EnforceHTTPS").
deny contains f if {
	some domain in domains
	values.absent_or_null(domain.properties, "DomainEndpointOptions")
	not advanced_security(domain.properties)
	f := finding.of(domain, finding.format("%s does not enforce HTTPS (no DomainEndpointOptions)", [domain.id]))
}

# DomainEndpointOptions without EnforceHTTPS: CloudFormation sends the other
# keys only, and AWS leaves EnforceHTTPS false as above.
deny contains f if {
	some domain in domains
	options := values.known(domain.properties.DomainEndpointOptions)
	values.absent_or_null(options, "EnforceHTTPS")
	not advanced_security(domain.properties)
	f := finding.at(domain, ["properties", "DomainEndpointOptions"], finding.format("%s does not enforce HTTPS (DomainEndpointOptions without EnforceHTTPS)", [domain.id]))
}

# advanced_security(props): fine-grained access control is, or may be, enabled.
advanced_security(props) if cfn.is_true(props.AdvancedSecurityOptions.Enabled)

advanced_security(props) if values.is_unknown(props.AdvancedSecurityOptions.Enabled)

advanced_security(props) if values.is_unknown(props.AdvancedSecurityOptions)
