# METADATA
# title: OpenSearch domain does not encrypt traffic
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain does not enable
#   node_to_node_encryption, turns enforce_https off in domain_endpoint_options
#   (inside the block it defaults to true), has no domain_endpoint_options
#   block at all (the provider then sends no endpoint options and AWS creates
#   the domain with EnforceHTTPS off), or allows TLS 1.0 (tls_security_policy
#   Policy-Min-TLS-1-0-2019-07). Queries and replicated shards then travel in
#   clear text or over a deprecated protocol. A missing block is not reported
#   when the block is dynamic, or when advanced_security_options is enabled
#   (true or from a variable): AWS refuses fine-grained access control without
#   HTTPS, so such a domain is never created with HTTP allowed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
# custom:
#   id: EVD-TF-016
#   severity: high
#   remediation: >-
#     Add node_to_node_encryption { enabled = true } and domain_endpoint_options
#     { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }.
#   selector:
#     input: terraform
#     resources: [aws_opensearch_domain, aws_elasticsearch_domain]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to and between search nodes must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.opensearch_in_transit_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

domains := terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})

deny contains f if {
	some domain in domains
	f := terraform.block_off(
		domain, "node_to_node_encryption", "enabled",
		"%s does not enable node_to_node_encryption",
		"%s sets node_to_node_encryption enabled = false",
	)
}

deny contains f if {
	some domain in domains
	some i, options in terraform.blocks(domain.config, "domain_endpoint_options")
	options.enforce_https == false
	f := finding.at(domain, ["config", "domain_endpoint_options", i, "enforce_https"], finding.format("%s sets enforce_https = false", [domain.id]))
}

deny contains f if {
	some domain in domains
	some i, options in terraform.blocks(domain.config, "domain_endpoint_options")
	options.tls_security_policy == "Policy-Min-TLS-1-0-2019-07"
	f := finding.at(domain, ["config", "domain_endpoint_options", i, "tls_security_policy"], finding.format("%s accepts TLS 1.0 (Policy-Min-TLS-1-0-2019-07)", [domain.id]))
}

# No domain_endpoint_options block: terraform-provider-aws sends no
# DomainEndpointOptions on CreateDomain, and AWS leaves EnforceHTTPS false (a
# domain created without them describes EnforceHTTPS false, and enabling
# advanced security on it fails with "You must enable EnforceHTTPS").
deny contains f if {
	some domain in domains
	not terraform.has_block(domain.config, "domain_endpoint_options")
	not advanced_security(domain.config)
	f := finding.of(domain, finding.format("%s does not enforce HTTPS (no domain_endpoint_options block)", [domain.id]))
}

advanced_security(cfg) if {
	some options in terraform.blocks(cfg, "advanced_security_options")
	options.enabled == true
}

advanced_security(cfg) if {
	some options in terraform.blocks(cfg, "advanced_security_options")
	values.is_unknown(options.enabled)
}

advanced_security(cfg) if terraform.dynamic(cfg, "advanced_security_options")
