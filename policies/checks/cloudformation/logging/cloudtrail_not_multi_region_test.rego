package evident.checks.cloudformation.cloudtrail_not_multi_region_test

import data.evident.checks.cloudformation.cloudtrail_not_multi_region as check

trail(props) := {"id": "Trail", "type": "AWS::CloudTrail::Trail", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Trail", "msg": "Trail does not set IsMultiRegionTrail: true (only its own region is recorded)"}} with input as {"resources": [trail({"IsLogging": true})]}
	check.deny == {{"resource": "Trail", "path": ["properties", "IsMultiRegionTrail"], "msg": "Trail sets IsMultiRegionTrail to false"}} with input as {"resources": [trail({"IsMultiRegionTrail": "false"})]}
}

test_multi_region_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [trail({"IsMultiRegionTrail": true})]}
	count(check.deny) == 0 with input as {"resources": [trail({"IsMultiRegionTrail": {"__unknown__": "Ref M", "refs": ["M"]}})]}
}

# A stopped trail is reported once, at IsLogging, whether it is multi-region or not.
test_stopped_trail_is_reported_at_is_logging if {
	stopped := {{"resource": "Trail", "path": ["properties", "IsLogging"], "msg": "Trail sets IsLogging to false (the trail is stopped and records nothing)"}}
	check.deny == stopped with input as {"resources": [trail({"IsLogging": false, "IsMultiRegionTrail": true})]}
	check.deny == stopped with input as {"resources": [trail({"IsLogging": "False"})]}
	check.deny == stopped with input as {"resources": [trail({"IsLogging": false, "IsMultiRegionTrail": false})]}
}

# IsLogging true, unknown or absent (a required property) is not a stop: only the region coverage is judged.
test_logging_true_unknown_or_absent_is_not_a_stop if {
	count(check.deny) == 0 with input as {"resources": [trail({"IsLogging": "true", "IsMultiRegionTrail": true})]}
	count(check.deny) == 0 with input as {"resources": [trail({"IsLogging": {"__unknown__": "Ref Logging", "refs": ["Logging"]}, "IsMultiRegionTrail": true})]}
	check.deny == {{"resource": "Trail", "msg": "Trail does not set IsMultiRegionTrail: true (only its own region is recorded)"}} with input as {"resources": [trail({"IsLogging": {"__unknown__": "Ref Logging", "refs": ["Logging"]}})]}
}
