# METADATA
# title: CloudFront distribution serves content over plain HTTP
# description: >-
#   An AWS::CloudFront::Distribution has a cache behavior (the default one or
#   one of CacheBehaviors) with ViewerProtocolPolicy allow-all, so viewers can
#   fetch pages and API responses over unencrypted HTTP.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: EVD-CFN-022
#   severity: high
#   remediation: >-
#     Set ViewerProtocolPolicy to redirect-to-https or https-only on every
#     cache behavior, and MinimumProtocolVersion TLSv1.2_2021 on the viewer certificate.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudFront::Distribution]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI delivered to users over plain HTTP is not protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.cloudfront_allows_http

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some distribution in cfn.resources("AWS::CloudFront::Distribution")
	distribution.properties.DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy == "allow-all"
	f := finding.at(distribution, ["properties", "DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"], finding.format("%s default cache behavior allows HTTP (ViewerProtocolPolicy allow-all)", [distribution.id]))
}

deny contains f if {
	some distribution in cfn.resources("AWS::CloudFront::Distribution")
	some i, behavior in cfn.as_list(distribution.properties.DistributionConfig.CacheBehaviors)
	behavior.ViewerProtocolPolicy == "allow-all"
	f := finding.at(distribution, ["properties", "DistributionConfig", "CacheBehaviors", i, "ViewerProtocolPolicy"], finding.format("%s cache behavior %s allows HTTP (ViewerProtocolPolicy allow-all)", [distribution.id, pattern(behavior)]))
}

pattern(behavior) := behavior.PathPattern if is_string(behavior.PathPattern)

else := "(no PathPattern)"
