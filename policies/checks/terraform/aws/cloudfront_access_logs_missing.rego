# METADATA
# title: CloudFront distribution does not log viewer requests
# description: >-
#   An aws_cloudfront_distribution has no logging_config block, and no
#   aws_cloudwatch_log_delivery_source of the module delivers its access logs
#   (CloudFront's standard logging v2). Requests to the distribution (who
#   asked for which object, from where, when, with which result) are then not
#   recorded: a portal or a download endpoint in front of personal or health
#   data cannot be audited, and an abuse cannot be traced. A delivery source
#   whose resource the module does not know may be this distribution's, so the
#   module's distributions are then not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging-config-arguments
# custom:
#   id: EVD-TF-243
#   severity: medium
#   remediation: >-
#     Add logging_config { bucket = aws_s3_bucket.cdn_logs.bucket_domain_name,
#     prefix = "<distribution>/" }, or deliver the ACCESS_LOGS of the
#     distribution with aws_cloudwatch_log_delivery_source and a delivery.
#   selector:
#     input: terraform
#     resources: [aws_cloudfront_distribution]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of requests to the content delivery front end of ePHI systems support audit controls and activity review.
#     gdpr: Access records of what a distribution serves help demonstrate that personal data is processed as stated.
package evident.checks.terraform.cloudfront_access_logs_missing

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some distribution in terraform.resources("aws_cloudfront_distribution")
	not terraform.has_block(distribution.config, "logging_config")
	not delivered(distribution)
	f := finding.of(distribution, finding.format("%s has no logging_config (viewer requests are not logged)", [distribution.id]))
}

# delivered(distribution): a CloudWatch log delivery source of the module reads the
# distribution's logs, or reads a resource the module does not know (it may be this one).
delivered(distribution) if {
	some source in terraform.resources("aws_cloudwatch_log_delivery_source")
	values.refers_to(source.config.resource_arn, distribution.id)
}

delivered(_) if {
	some source in terraform.resources("aws_cloudwatch_log_delivery_source")
	values.is_unknown(source.config.resource_arn)
	not references_a_resource(source.config.resource_arn)
}

references_a_resource(v) if {
	some ref in values.refs(v)
	not startswith(ref, "var.")
	not startswith(ref, "local.")
}
