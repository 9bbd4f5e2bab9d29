# METADATA
# title: CloudFront fetches from its origin over plain HTTP or old TLS
# description: >-
#   An AWS::CloudFront::Distribution has a custom origin (CustomOriginConfig)
#   with OriginProtocolPolicy http-only, so every request and response between
#   CloudFront and the origin, personal data included, crosses the network in
#   clear text however the viewer connected; or its OriginSSLProtocols lists
#   SSLv3, TLSv1 or TLSv1.1, so CloudFront accepts a protocol older than TLS
#   1.2 from the origin. EVD-CFN-022 judges the other leg, between viewers and
#   CloudFront. Not reported: match-viewer, which uses HTTP only for viewers
#   that came over HTTP (EVD-CFN-022 reports the cache behaviors that allow
#   them), https-only, S3 origins, a template without OriginSSLProtocols
#   (only a written list is judged), the legacy CustomOrigin of streaming
#   distributions, and values from parameters.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-customoriginconfig.html
# custom:
#   id: EVD-CFN-113
#   severity: high
#   remediation: >-
#     Serve the origin over HTTPS with a certificate CloudFront trusts and set
#     OriginProtocolPolicy https-only and OriginSSLProtocols [TLSv1.2].
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudFront::Distribution]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: ePHI served through the CDN must be protected in transmission between CloudFront and the origin too.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.cloudfront_origin_insecure

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some origin in custom_origins
	origin.config.OriginProtocolPolicy == "http-only"
	f := finding.at(origin.distribution, array.concat(origin.path, ["OriginProtocolPolicy"]), finding.format("%s fetches from origin %s over plain HTTP (OriginProtocolPolicy http-only)", [origin.distribution.id, origin.name]))
}

deny contains f if {
	some origin in custom_origins
	origin.config.OriginProtocolPolicy != "http-only"
	old := aws.cloudfront_old_origin_protocols(cfn.as_list(origin.config.OriginSSLProtocols))
	count(old) > 0
	f := finding.at(origin.distribution, array.concat(origin.path, ["OriginSSLProtocols"]), finding.format("%s accepts %s, older than TLS 1.2, from origin %s (OriginSSLProtocols)", [origin.distribution.id, concat(", ", old), origin.name]))
}

# custom_origins: each origin's CustomOriginConfig with its distribution, its path inside the
# distribution and the origin's Id (or its index when Id is not a string).
custom_origins := [{"distribution": dist, "config": config, "path": ["properties", "DistributionConfig", "Origins", i, "CustomOriginConfig"], "name": aws.cloudfront_origin_name(object.get(origin, "Id", null), i)} |
	some dist in cfn.resources("AWS::CloudFront::Distribution")
	some i, origin in cfn.as_list(dist.properties.DistributionConfig.Origins)
	config := origin.CustomOriginConfig
	is_object(config)
	not config.__unknown__
]
