package evident.checks.terraform.guardduty_detector_disabled_test

import data.evident.checks.terraform.guardduty_detector_disabled as check
import data.evident.lib.tf_fixtures_test as tf

detector(name, config) := tf.res("aws_guardduty_detector", name, config)

msg(id) := sprintf("%s suspends GuardDuty (enable = false): no threat findings for the account in this region", [id])

test_suspended if {
	check.deny == {
		{"resource": "aws_guardduty_detector.off", "path": ["config", "enable"], "msg": msg("aws_guardduty_detector.off")},
		{"resource": "aws_guardduty_detector.text", "path": ["config", "enable"], "msg": msg("aws_guardduty_detector.text")},
	} with input as tf.doc([
		detector("off", {"enable": false}),
		detector("text", {"enable": "false"}),
		detector("on", {"enable": true}),
		detector("default", {"finding_publishing_frequency": "FIFTEEN_MINUTES"}),
		detector("unknown", {"enable": tf.unknown("var.guardduty_enabled")}),
	])
}
