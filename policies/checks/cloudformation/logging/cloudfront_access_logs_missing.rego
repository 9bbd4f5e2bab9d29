# METADATA
# title: CloudFront distribution does not log viewer requests
# description: >-
#   An AWS::CloudFront::Distribution has no DistributionConfig.Logging, and no
#   AWS::Logs::DeliverySource of the template delivers its access logs
#   (CloudFront's standard logging v2). Requests to the distribution (who
#   asked for which object, from where, when, with which result) are then not
#   recorded: a portal or a download endpoint in front of personal or health
#   data cannot be audited, and an abuse cannot be traced. A DistributionConfig
#   the template does not know, and a delivery source whose resource it does
#   not know (it may be this distribution), are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-logging.html
# custom:
#   id: EVD-CFN-102
#   severity: medium
#   remediation: >-
#     Add DistributionConfig.Logging (Bucket: <logs bucket>.s3.amazonaws.com,
#     Prefix), or deliver the distribution's ACCESS_LOGS with an
#     AWS::Logs::DeliverySource and a delivery.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudFront::Distribution]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of requests to the content delivery front end of ePHI systems support audit controls and activity review.
#     gdpr: Access records of what a distribution serves help demonstrate that personal data is processed as stated.
package evident.checks.cloudformation.cloudfront_access_logs_missing

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some distribution in cfn.resources("AWS::CloudFront::Distribution")
	config := distribution.properties.DistributionConfig
	values.known_object(config)
	values.absent_or_null(config, "Logging")
	not delivered(distribution)
	f := finding.of(distribution, finding.format("%s has no DistributionConfig.Logging (viewer requests are not logged)", [distribution.id]))
}

# delivered(distribution): a log delivery source of the template reads the distribution's logs,
# or reads a resource the template does not name (it may be this one).
delivered(distribution) if {
	some source in cfn.resources("AWS::Logs::DeliverySource")
	distribution.id in values.refs(source.properties.ResourceArn)
}

delivered(_) if {
	some source in cfn.resources("AWS::Logs::DeliverySource")
	arn := source.properties.ResourceArn
	values.is_unknown(arn)
	not names_a_resource(arn)
}

names_a_resource(arn) if {
	some ref in values.refs(arn)
	cfn.by_id[ref]
}
