package evident.checks.cloudformation.guardduty_detector_disabled_test

import data.evident.checks.cloudformation.guardduty_detector_disabled as check

detector(id, props) := {"id": id, "type": "AWS::GuardDuty::Detector", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 6}

test_suspended if {
	check.deny == {
		{"resource": "Off", "path": ["properties", "Enable"], "msg": "Off suspends GuardDuty (Enable: false): no threat findings for the account in this region"},
		{"resource": "Text", "path": ["properties", "Enable"], "msg": "Text suspends GuardDuty (Enable: false): no threat findings for the account in this region"},
	} with input as {"resources": [
		detector("Off", {"Enable": false}),
		detector("Text", {"Enable": "false"}),
		detector("On", {"Enable": true, "FindingPublishingFrequency": "FIFTEEN_MINUTES"}),
		detector("Parameter", {"Enable": {"__unknown__": "Ref EnableGuardDuty", "refs": ["EnableGuardDuty"]}}),
	]}
}
