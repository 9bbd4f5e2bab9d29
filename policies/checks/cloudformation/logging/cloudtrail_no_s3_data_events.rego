# METADATA
# title: No CloudTrail trail of the template records S3 object-level data events
# description: >-
#   The template declares AWS::CloudTrail::Trail resources but none of them
#   records S3 data events: no EventSelectors item has DataResources of Type
#   AWS::S3::Object (whatever its Values: all buckets with arn:aws:s3, or a
#   bucket ARN prefix) and no AdvancedEventSelectors item has FieldSelectors
#   eventCategory Equals Data and resources.type Equals AWS::S3::Object. Every
#   trail of the template is then reported. CloudTrail records management
#   events only by default, so who read, wrote or deleted which object
#   (GetObject, PutObject, DeleteObject) in the buckets that hold personal or
#   health data is recorded nowhere in CloudTrail. Any ReadWriteType counts
#   (WriteOnly still records writes). Not reported: a selector, data resource
#   or field selector that is not known statically (a parameter, Fn::If), which
#   may record them, and an AWS::CloudTrail::EventDataStore (CloudTrail Lake)
#   of the template whose AdvancedEventSelectors record them. Low severity: S3
#   data events are often recorded by an organization trail run from another
#   account or stack, and S3 server access logs (EVD-CFN-004) record object
#   access too.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-eventselector.html
# custom:
#   id: EVD-CFN-088
#   severity: low
#   remediation: >-
#     Add to a trail EventSelectors with ReadWriteType All and DataResources
#     [{Type: AWS::S3::Object, Values: ["arn:aws:s3"]}] (or the ARNs of the
#     buckets that hold personal data, ending in "/"), or AdvancedEventSelectors
#     with FieldSelectors [{Field: eventCategory, Equals: [Data]}, {Field:
#     resources.type, Equals: [AWS::S3::Object]}].
#   selector:
#     input: cloudformation
#     resources: [AWS::CloudTrail::Trail, AWS::CloudTrail::EventDataStore]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Object-level records of who read or changed which ePHI object are what audit controls, activity review and the scoping of an incident need.
#     gdpr: Records of access to stored personal data help the controller demonstrate accountability and document its processing.
package evident.checks.cloudformation.cloudtrail_no_s3_data_events

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	not s3_data_events_recorded
	f := finding.of(trail, finding.format("%s records no S3 object-level data events (no trail of the template selects data events of type AWS::S3::Object)", [trail.id]))
}

# s3_data_events_recorded: some trail (or event data store) of the template
# records S3 object-level data events, or may (a value not known
# statically). Complete rules: evaluated once per template, not per trail.
s3_data_events_recorded if {
	some trail in cfn.resources("AWS::CloudTrail::Trail")
	some selector in items(trail.properties, "EventSelectors")
	event_selector_may_record(selector)
}

s3_data_events_recorded if {
	some r in cfn.resources_of(["AWS::CloudTrail::Trail", "AWS::CloudTrail::EventDataStore"])
	some selector in items(r.properties, "AdvancedEventSelectors")
	advanced_selector_may_record(selector)
}

# items(obj, key): the list obj[key]; a value not known statically (a
# parameter, Fn::If) or a single object is one item; absent or null, none.
items(obj, key) := obj[key] if is_array(obj[key])

else := [] if values.absent_or_null(obj, key)

else := [obj[key]]

event_selector_may_record(selector) if values.is_unknown(selector)

event_selector_may_record(selector) if {
	some resource in items(selector, "DataResources")
	s3_object_type(resource)
}

s3_object_type(resource) if values.is_unknown(resource)

s3_object_type(resource) if resource.Type == "AWS::S3::Object"

s3_object_type(resource) if values.is_unknown(resource.Type)

advanced_selector_may_record(selector) if values.is_unknown(selector)

advanced_selector_may_record(selector) if {
	fields := items(selector, "FieldSelectors")
	some category in fields
	field_may_equal(category, "eventCategory", "Data")
	some type in fields
	field_may_equal(type, "resources.type", "AWS::S3::Object")
}

field_may_equal(field_selector, _, _) if values.is_unknown(field_selector)

field_may_equal(field_selector, field, value) if {
	field_may_be(field_selector, field)
	equals_may_hold(field_selector, value)
}

field_may_be(field_selector, field) if field_selector.Field == field

field_may_be(field_selector, _) if values.is_unknown(field_selector.Field)

equals_may_hold(field_selector, value) if {
	some item in items(field_selector, "Equals")
	item == value
}

equals_may_hold(field_selector, _) if {
	some item in items(field_selector, "Equals")
	values.is_unknown(item)
}
