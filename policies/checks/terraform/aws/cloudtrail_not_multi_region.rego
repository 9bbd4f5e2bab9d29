# METADATA
# title: CloudTrail trail records only one region
# description: >-
#   An aws_cloudtrail does not set is_multi_region_trail = true, so activity in
#   every other region (where resources can be created by mistake or by an
#   attacker) is not recorded.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
# custom:
#   id: EVD-TF-043
#   severity: medium
#   remediation: >-
#     Set is_multi_region_trail = true (and include_global_service_events = true).
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Audit controls must cover all activity, not only one region's.
#     gdpr: A complete activity record is how the controller demonstrates compliance.
package evident.checks.terraform.cloudtrail_not_multi_region

import data.evident.lib.terraform

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	f := terraform.off(
		trail, "is_multi_region_trail",
		"%s does not set is_multi_region_trail = true (other regions are not recorded)",
		"%s sets is_multi_region_trail = false (other regions are not recorded)",
	)
}
