# METADATA
# title: CloudTrail trail is stopped or records only one region
# description: >-
#   An aws_cloudtrail does not set is_multi_region_trail = true, so activity in
#   every other region (where resources can be created by mistake or by an
#   attacker) is not recorded; or it sets enable_logging = false, so the trail
#   is stopped and records nothing at all, in any region (the provider's
#   default is true: a trail without enable_logging logs). A stopped trail is
#   reported once, at enable_logging, whatever its is_multi_region_trail. Not
#   reported: an enable_logging or is_multi_region_trail value that is not
#   known statically (a variable without default). A root module whose only
#   trail is stopped is reported here, not by EVD-TF-042 (which only asks that
#   a trail be declared).
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_logging
# custom:
#   id: EVD-TF-043
#   severity: medium
#   remediation: >-
#     Set is_multi_region_trail = true (and include_global_service_events =
#     true), and remove enable_logging = false (or set it to true).
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Audit controls must cover all activity, not only one region's, and a stopped trail records none.
#     gdpr: A complete activity record is how the controller demonstrates compliance.
package evident.checks.terraform.cloudtrail_not_multi_region

import data.evident.lib.finding
import data.evident.lib.terraform

# A stopped trail (enable_logging = false) records no region: reported at the argument.
deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	stopped(trail)
	f := finding.at(trail, ["config", "enable_logging"], finding.format("%s sets enable_logging = false (the trail is stopped and records nothing)", [trail.id]))
}

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	not stopped(trail)
	f := terraform.off(
		trail, "is_multi_region_trail",
		"%s does not set is_multi_region_trail = true (other regions are not recorded)",
		"%s sets is_multi_region_trail = false (other regions are not recorded)",
	)
}

stopped(trail) if trail.config.enable_logging == false
