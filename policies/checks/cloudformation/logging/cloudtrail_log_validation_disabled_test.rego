package evident.checks.cloudformation.cloudtrail_log_validation_disabled_test

import data.evident.checks.cloudformation.cloudtrail_log_validation_disabled as check

trail(props) := {"id": "Trail", "type": "AWS::CloudTrail::Trail", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Trail", "msg": "Trail does not set EnableLogFileValidation: true (log integrity cannot be verified)"}} with input as {"resources": [trail({})]}
	check.deny == {{"resource": "Trail", "path": ["properties", "EnableLogFileValidation"], "msg": "Trail sets EnableLogFileValidation to false"}} with input as {"resources": [trail({"EnableLogFileValidation": false})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [trail({"EnableLogFileValidation": "true"})]}
	count(check.deny) == 0 with input as {"resources": [trail({"EnableLogFileValidation": {"__unknown__": "Ref V", "refs": ["V"]}})]}
}
