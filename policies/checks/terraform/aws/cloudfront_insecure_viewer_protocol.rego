# METADATA
# title: CloudFront distribution allows plain HTTP or old TLS
# description: >-
#   An aws_cloudfront_distribution has a cache behavior (default or ordered)
#   with viewer_protocol_policy = "allow-all", so viewers can use plain HTTP;
#   or its viewer_certificate sets a minimum_protocol_version older than TLS
#   1.2 (SSLv3, TLSv1, TLSv1_2016, TLSv1.1_2016).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: EVD-TF-028
#   severity: high
#   remediation: >-
#     Set viewer_protocol_policy = "redirect-to-https" (or "https-only") on every
#     cache behavior, and minimum_protocol_version = "TLSv1.2_2021" with a custom
#     certificate.
#   selector:
#     input: terraform
#     resources: [aws_cloudfront_distribution]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI served through the CDN must be protected in transmission to the viewer.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.cloudfront_insecure_viewer_protocol

import data.evident.lib.finding
import data.evident.lib.terraform

old_protocols := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

deny contains f if {
	some dist in terraform.resources("aws_cloudfront_distribution")
	some kind in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, behavior in terraform.blocks(dist.config, kind)
	behavior.viewer_protocol_policy == "allow-all"
	f := finding.at(dist, ["config", kind, i, "viewer_protocol_policy"], finding.format("%s lets viewers use plain HTTP (%s viewer_protocol_policy = allow-all)", [dist.id, kind]))
}

deny contains f if {
	some dist in terraform.resources("aws_cloudfront_distribution")
	some i, cert in terraform.blocks(dist.config, "viewer_certificate")
	cert.minimum_protocol_version in old_protocols
	f := finding.at(dist, ["config", "viewer_certificate", i, "minimum_protocol_version"], finding.format("%s accepts %s, older than TLS 1.2", [dist.id, cert.minimum_protocol_version]))
}
