# METADATA
# title: CloudTrail trail is stopped or records only one region
# description: >-
#   An AWS::CloudTrail::Trail does not set IsMultiRegionTrail to true, so API
#   activity in every other region (where resources holding personal data can
#   be created, copied or opened up) goes unrecorded by this trail; or it sets
#   IsLogging to false, so the trail is stopped and records nothing at all, in
#   any region. A stopped trail is reported once, at IsLogging, whatever its
#   IsMultiRegionTrail. Not reported: an IsLogging or IsMultiRegionTrail value
#   that is not known statically (a Ref to a parameter without default, an
#   undecidable Fn::If), and a trail without IsLogging (a required property:
#   CloudFormation rejects the template).
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html
# custom:
#   id: EVD-CFN-023
#   severity: medium
#   remediation: >-
#     Set IsMultiRegionTrail to true (and IncludeGlobalServiceEvents true) and
#     IsLogging to true, or rely on an organization trail and remove the
#     single-region or stopped one.
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudTrail::Trail]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Audit controls must record activity on every system that holds ePHI, whatever region it runs in; a stopped trail records none.
#     gdpr: A complete activity record lets the controller demonstrate accountability and test its security measures.
package evident.checks.cloudformation.cloudtrail_not_multi_region

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

# A stopped trail (IsLogging false) records no region: reported at the property.
deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	stopped(trail)
	f := finding.at(trail, ["properties", "IsLogging"], finding.format("%s sets IsLogging to false (the trail is stopped and records nothing)", [trail.id]))
}

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	not stopped(trail)
	cfn.not_enabled(trail.properties, "IsMultiRegionTrail")
	f := located(trail)
}

stopped(trail) if cfn.is_false(trail.properties.IsLogging)

located(trail) := finding.at(trail, ["properties", "IsMultiRegionTrail"], finding.format("%s sets IsMultiRegionTrail to false", [trail.id])) if {
	cfn.is_false(trail.properties.IsMultiRegionTrail)
} else := finding.of(trail, finding.format("%s does not set IsMultiRegionTrail: true (only its own region is recorded)", [trail.id]))
