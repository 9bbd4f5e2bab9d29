package evident.checks.cloudformation.cloudtrail_no_s3_data_events_test

import data.evident.checks.cloudformation.cloudtrail_no_s3_data_events as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

trail(id, props) := res(id, "AWS::CloudTrail::Trail", props)

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

msg(id) := concat("", [id, " records no S3 object-level data events (no trail of the template selects data events of type AWS::S3::Object)"])

reported(ids) := {{"resource": id, "msg": msg(id)} | some id in ids}

selector_of(type) := {"ReadWriteType": "All", "DataResources": [{"Type": type, "Values": ["arn:aws:lambda"]}]}

advanced(category, type) := {"Name": "x", "FieldSelectors": [
	{"Field": "eventCategory", "Equals": [category]},
	{"Field": "resources.type", "Equals": [type]},
]}

test_no_trail_records_s3_data_events if {
	check.deny == reported(["A", "B", "C", "D"]) with input as {"resources": [
		trail("A", {"IsLogging": true}),
		trail("B", {"EventSelectors": [selector_of("AWS::Lambda::Function"), {"ReadWriteType": "All", "IncludeManagementEvents": true}]}),
		trail("C", {"AdvancedEventSelectors": [advanced("Data", "AWS::DynamoDB::Table"), {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}]}),
		trail("D", {"AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}], "EventSelectors": null}),
	]}
}

test_one_trail_recording_s3_data_events_silences_all if {
	count(check.deny) == 0 with input as {"resources": [trail("A", {}), trail("B", {"EventSelectors": [selector_of("AWS::S3::Object")]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {}), trail("B", {"EventSelectors": [{"DataResources": [{"Type": "AWS::Lambda::Function"}, {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::records/"]}]}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {}), trail("B", {"AdvancedEventSelectors": [advanced("Data", "AWS::S3::Object")]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [{"FieldSelectors": [
		{"Field": "resources.type", "Equals": ["AWS::DynamoDB::Table", "AWS::S3::Object"]},
		{"Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::records/"]},
		{"Field": "eventCategory", "Equals": ["Data"]},
	]}]})]}
}

test_unknown_values_may_record if {
	count(check.deny) == 0 with input as {"resources": [trail("A", {"EventSelectors": [selector_of(param("Type"))]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"EventSelectors": [{"DataResources": [{"__unknown__": "Fn::If C", "refs": ["C"]}]}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"EventSelectors": [{"DataResources": param("Resources")}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"EventSelectors": [param("Selector")]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"EventSelectors": {"__unknown__": "Fn::If C", "refs": ["C"]}})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [advanced(param("Category"), "AWS::S3::Object")]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [advanced("Data", param("Type"))]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [{"FieldSelectors": [
		{"Field": "eventCategory", "Equals": ["Data"]},
		{"Field": param("Field"), "Equals": ["AWS::S3::Object"]},
	]}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [{"FieldSelectors": [
		{"Field": "eventCategory", "Equals": ["Data"]},
		{"Field": "resources.type", "Equals": param("Types")},
	]}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, param("TypeSelector")]}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": [{"FieldSelectors": param("Selectors")}]})]}
	count(check.deny) == 0 with input as {"resources": [trail("A", {"AdvancedEventSelectors": param("Selectors")})]}
}

test_event_data_store_recording_s3_data_events if {
	count(check.deny) == 0 with input as {"resources": [trail("A", {}), res("Lake", "AWS::CloudTrail::EventDataStore", {"AdvancedEventSelectors": [advanced("Data", "AWS::S3::Object")]})]}
	check.deny == reported(["A"]) with input as {"resources": [trail("A", {}), res("Lake", "AWS::CloudTrail::EventDataStore", {"MultiRegionEnabled": true})]}
}
