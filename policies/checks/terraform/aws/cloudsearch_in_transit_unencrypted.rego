# METADATA
# title: CloudSearch domain accepts plain HTTP or TLS 1.0
# description: >-
#   An aws_cloudsearch_domain does not enforce HTTPS (endpoint_options
#   enforce_https false or not set) or accepts TLS 1.0 (tls_security_policy
#   Policy-Min-TLS-1-0-2019-07 or not set). Both settings keep AWS's defaults
#   when they are not written: requests over plain HTTP are accepted, and
#   HTTPS clients may negotiate TLS 1.0. Documents uploaded to the domain and
#   the records that searches return then travel in clear text or over a
#   deprecated protocol. Not reported: a value from a variable, or endpoint
#   options from a dynamic block.
# related_resources:
#   - ref: https://docs.aws.amazon.com/cloudsearch/latest/developerguide/configuring-domain-endpoint-options.html
#   - ref: https://docs.aws.amazon.com/cloudsearch/latest/developerguide/API_DomainEndpointOptions.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudsearch_domain#endpoint_options
# custom:
#   id: EVD-TF-278
#   severity: high
#   remediation: >-
#     Add endpoint_options { enforce_https = true, tls_security_policy =
#     "Policy-Min-TLS-1-2-2019-07" }.
#   selector:
#     input: terraform
#     resources: [aws_cloudsearch_domain]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to and returned by a search domain must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.cloudsearch_in_transit_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

domains := terraform.resources("aws_cloudsearch_domain")

deny contains f if {
	some domain in domains
	not terraform.has_block(domain.config, "endpoint_options")
	f := finding.of(domain, finding.format("%s accepts plain HTTP and TLS 1.0 (no endpoint_options block: enforce_https and tls_security_policy keep AWS's defaults)", [domain.id]))
}

deny contains f if {
	some domain in domains
	some i, _ in terraform.blocks(domain.config, "endpoint_options")
	f := terraform.block_item_off(domain, "endpoint_options", i, "enforce_https", "%s does not enforce HTTPS (enforce_https is not set: AWS accepts plain HTTP)", "%s does not enforce HTTPS (enforce_https = false)")
}

deny contains f if {
	some domain in domains
	some i, options in terraform.blocks(domain.config, "endpoint_options")
	policy := object.get(options, "tls_security_policy", null)
	policy in {null, "Policy-Min-TLS-1-0-2019-07"}
	path := array.concat(["config"], terraform.block_path(domain.config, "endpoint_options", i))
	f := finding.at(domain, tls_path(path, policy), finding.format("%s accepts TLS 1.0 (%s)", [domain.id, tls_reason(policy)]))
}

tls_path(path, null) := path

tls_path(path, policy) := array.concat(path, ["tls_security_policy"]) if policy != null

tls_reason(null) := "tls_security_policy is not set: AWS defaults to Policy-Min-TLS-1-0-2019-07"

tls_reason(policy) := "tls_security_policy = \"Policy-Min-TLS-1-0-2019-07\"" if policy != null
