# METADATA
# title: GuardDuty detector is turned off
# description: >-
#   An aws_guardduty_detector with enable = false (or "false"): the detector
#   exists but is suspended, so GuardDuty stops analysing the account's
#   CloudTrail events, VPC flow logs and DNS logs in that region, and no finding
#   is raised for credential misuse, data exfiltration from S3, crypto-mining or
#   instances talking to known attacker hosts. A suspended detector looks, in
#   the code, like monitoring that is in place. Not reported: the default (on),
#   an unknown value (a variable), and modules without a detector (GuardDuty is
#   often enabled for the whole organization by a delegated administrator
#   account).
# related_resources:
#   - ref: https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector#enable
# custom:
#   id: EVD-TF-258
#   severity: medium
#   remediation: >-
#     Remove enable = false (or set it to true); suspend GuardDuty only for a
#     region that holds no workload, and record why.
#   selector:
#     input: terraform
#     resources: [aws_guardduty_detector]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Reviewing system activity and identifying security incidents are required; a suspended detector reviews nothing and reports no incident.
#     gdpr: Ongoing confidentiality and integrity of processing systems, and regular evaluation of security measures, include detecting attacks on them; turning off threat detection also delays awareness of a breach that must be notified within 72 hours.
package evident.checks.terraform.guardduty_detector_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some r in terraform.resources("aws_guardduty_detector")
	values.false_value(r.config.enable)
	f := finding.at(r, ["config", "enable"], finding.format("%s suspends GuardDuty (enable = false): no threat findings for the account in this region", [r.id]))
}
