# METADATA
# title: CloudFront fetches from its origin over plain HTTP or old TLS
# description: >-
#   An aws_cloudfront_distribution has a custom origin (custom_origin_config)
#   with origin_protocol_policy = "http-only", so every request and response
#   between CloudFront and the origin, personal data included, crosses the
#   network in clear text however the viewer connected; or its
#   origin_ssl_protocols lists SSLv3, TLSv1 or TLSv1.1, so CloudFront accepts
#   a protocol older than TLS 1.2 from the origin. EVD-TF-028 judges the
#   other leg, between viewers and CloudFront. Not reported: "match-viewer",
#   which uses HTTP only for viewers that came over HTTP (EVD-TF-028 reports
#   the cache behaviors that allow them), "https-only", S3 origins
#   (s3_origin_config) and values from variables.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#custom-origin-config-arguments
# custom:
#   id: EVD-TF-272
#   severity: high
#   remediation: >-
#     Serve the origin over HTTPS with a certificate CloudFront trusts and set
#     origin_protocol_policy = "https-only" and origin_ssl_protocols = ["TLSv1.2"].
#   selector:
#     input: terraform
#     resources: [aws_cloudfront_distribution]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI served through the CDN must be protected in transmission between CloudFront and the origin too.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.cloudfront_origin_insecure

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some origin in custom_origins
	origin.config.origin_protocol_policy == "http-only"
	f := finding.at(origin.distribution, array.concat(origin.path, ["origin_protocol_policy"]), finding.format("%s fetches from origin %s over plain HTTP (origin_protocol_policy = http-only)", [origin.distribution.id, origin.name]))
}

deny contains f if {
	some origin in custom_origins
	origin.config.origin_protocol_policy != "http-only"
	old := aws.cloudfront_old_origin_protocols(origin.config.origin_ssl_protocols)
	count(old) > 0
	f := finding.at(origin.distribution, array.concat(origin.path, ["origin_ssl_protocols"]), finding.format("%s accepts %s, older than TLS 1.2, from origin %s (origin_ssl_protocols)", [origin.distribution.id, concat(", ", old), origin.name]))
}

# custom_origins: each custom_origin_config block with its distribution, its path inside the
# distribution and the origin's origin_id (or its index when origin_id is not a string).
custom_origins := [{"distribution": dist, "config": config, "path": path, "name": aws.cloudfront_origin_name(object.get(origin, "origin_id", null), i)} |
	some dist in terraform.resources("aws_cloudfront_distribution")
	some i, origin in terraform.blocks(dist.config, "origin")
	some j, config in terraform.blocks(origin, "custom_origin_config")
	path := array.concat(array.concat(["config"], terraform.block_path(dist.config, "origin", i)), terraform.block_path(origin, "custom_origin_config", j))
]
