# METADATA
# title: CloudFront distribution allows plain HTTP or old TLS
# description: >-
#   An aws_cloudfront_distribution has a cache behavior (default or ordered)
#   with viewer_protocol_policy = "allow-all", so viewers can use plain HTTP;
#   or its viewer_certificate sets a minimum_protocol_version older than TLS
#   1.2 (SSLv3, TLSv1, TLSv1_2016, TLSv1.1_2016); or its viewer_certificate
#   uses a custom certificate (acm_certificate_arn or iam_certificate_id, with
#   cloudfront_default_certificate false or absent) and sets no
#   minimum_protocol_version, whose provider default is TLSv1. Newer values
#   (TLSv1.2_*, TLSv1.3_*) and values from variables are not reported. On the
#   default *.cloudfront.net certificate (cloudfront_default_certificate =
#   true) CloudFront allows TLSv1 whatever is set, and only a custom
#   certificate can raise it: there only an explicit old
#   minimum_protocol_version is reported, an absent one is not.
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
import data.evident.lib.values

# The security policies older than TLS 1.2: a closed set (AWS only adds newer
# ones), so a value not in it, or unknown, is not reported.
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

# A custom certificate without minimum_protocol_version gets the provider
# default, TLSv1 (terraform-provider-aws, aws_cloudfront_distribution
# viewer_certificate.minimum_protocol_version: "Default: TLSv1").
deny contains f if {
	some dist in terraform.resources("aws_cloudfront_distribution")
	some i, cert in terraform.blocks(dist.config, "viewer_certificate")
	custom_certificate(cert)
	values.absent_or_null(cert, "minimum_protocol_version")
	f := finding.at(dist, ["config", "viewer_certificate", i], finding.format("%s accepts TLSv1, older than TLS 1.2 (viewer_certificate sets no minimum_protocol_version; the default is TLSv1)", [dist.id]))
}

custom_certificate(cert) if {
	some key in ["acm_certificate_arn", "iam_certificate_id"]
	terraform.given(cert, key)
	values.is_false_or_absent(cert, "cloudfront_default_certificate")
}
