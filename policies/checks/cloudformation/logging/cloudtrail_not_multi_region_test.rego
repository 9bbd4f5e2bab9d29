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
