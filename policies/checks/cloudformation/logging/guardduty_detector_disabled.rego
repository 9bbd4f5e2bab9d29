# METADATA
# title: GuardDuty detector is turned off
# description: >-
#   An AWS::GuardDuty::Detector with Enable: false: the detector exists but is
#   suspended, so GuardDuty stops analysing the account's CloudTrail events, VPC
#   flow logs and DNS logs in that region, and no finding is raised for
#   credential misuse, data exfiltration from S3, crypto-mining or instances
#   talking to known attacker hosts. A suspended detector looks, in the
#   template, like monitoring that is in place. Not reported: Enable: true,
#   values the template leaves undecided (a parameter without default, an
#   undecidable Fn::If), and templates without a detector (GuardDuty is often
#   enabled for the whole organization by a delegated administrator account).
# related_resources:
#   - ref: https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-guardduty-detector.html
# custom:
#   id: EVD-CFN-106
#   severity: medium
#   remediation: >-
#     Set Enable to true; suspend GuardDuty only for a region that holds no
#     workload, and record why.
#   selector:
#     input: cloudformation
#     resources: ["AWS::GuardDuty::Detector"]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Reviewing system activity and identifying security incidents are required; a suspended detector reviews nothing and reports no incident.
#     gdpr: Ongoing confidentiality and integrity of processing systems, and regular evaluation of security measures, include detecting attacks on them; turning off threat detection also delays awareness of a breach that must be notified within 72 hours.
package evident.checks.cloudformation.guardduty_detector_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some r in cfn.resources("AWS::GuardDuty::Detector")
	cfn.is_false(r.properties.Enable)
	f := finding.at(r, ["properties", "Enable"], finding.format("%s suspends GuardDuty (Enable: false): no threat findings for the account in this region", [r.id]))
}
