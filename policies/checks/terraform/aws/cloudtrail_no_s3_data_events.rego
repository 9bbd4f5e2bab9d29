# METADATA
# title: No CloudTrail trail of the module records S3 object-level data events
# description: >-
#   The module declares aws_cloudtrail trails but none of them records S3
#   data events: no event_selector has a data_resource of type
#   AWS::S3::Object (whatever its values: all buckets with arn:aws:s3, or a
#   bucket ARN prefix) and no advanced_event_selector has field selectors
#   eventCategory equals Data and resources.type equals AWS::S3::Object. Every
#   trail of the module is then reported. CloudTrail records management events
#   only by default, so who read, wrote or deleted which object (GetObject,
#   PutObject, DeleteObject) in the buckets that hold personal or health data
#   is recorded nowhere in CloudTrail. Any read_write_type counts (WriteOnly
#   still records writes). Not reported: a selector, data resource or field
#   selector that is not known statically (a variable, an iterator value in a
#   dynamic block, a dynamic block whose content cannot be read), which may
#   record them; the content of a dynamic block is read like a block, except
#   when its for_each is an empty list or map; an
#   aws_cloudtrail_event_data_store (CloudTrail Lake) of the module whose
#   advanced_event_selector records them; and a module that calls a module
#   declaring aws_cloudtrail or aws_cloudtrail_event_data_store, or whose name
#   or source mentions "trail", which may create a trail that records them.
#   Low severity: S3 data events are often recorded by an organization trail
#   run from another account, and S3 server access logs (EVD-TF-006) record
#   object access too.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#event_selector
# custom:
#   id: EVD-TF-220
#   severity: low
#   remediation: >-
#     Add to a trail an event_selector { read_write_type = "All",
#     data_resource { type = "AWS::S3::Object", values = ["arn:aws:s3"] } }
#     (or the ARNs of the buckets that hold personal data, ending in "/"), or
#     an advanced_event_selector with field_selector { field = "eventCategory",
#     equals = ["Data"] } and field_selector { field = "resources.type",
#     equals = ["AWS::S3::Object"] }.
#   selector:
#     input: terraform
#     resources: [aws_cloudtrail, aws_cloudtrail_event_data_store]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.5(2)", "Art.30(1)"]
#   rationale:
#     hipaa: Object-level records of who read or changed which ePHI object are what audit controls, activity review and the scoping of an incident need.
#     gdpr: Records of access to stored personal data help the controller demonstrate accountability and document its processing.
package evident.checks.terraform.cloudtrail_no_s3_data_events

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some trail in terraform.resources("aws_cloudtrail")
	not s3_data_events_recorded
	not aws.trail_module_called
	f := finding.of(trail, finding.format("%s records no S3 object-level data events (no trail of the module selects data events of type AWS::S3::Object)", [trail.id]))
}

# s3_data_events_recorded: some trail (or event data store) of the module
# records S3 object-level data events, or may (a value not known statically).
# Complete rules: evaluated once per document, not once per trail.
s3_data_events_recorded if {
	some trail in terraform.resources("aws_cloudtrail")
	some selector in selectors(trail.config, "event_selector")
	event_selector_may_record(selector)
}

s3_data_events_recorded if {
	some r in terraform.resources_of(["aws_cloudtrail", "aws_cloudtrail_event_data_store"])
	some selector in selectors(r.config, "advanced_event_selector")
	advanced_selector_may_record(selector)
}

# selectors(cfg, name): the nested blocks `name` as written, the content
# blocks of the dynamic `name` blocks (except those whose for_each is
# literally empty: they make no block), and the value of `name` when it is
# not known statically (written as an argument from a variable), which
# stands for blocks that may be anything.
selectors(cfg, name) := array.concat(array.concat(terraform.blocks(cfg, name), dynamic_contents(cfg, name)), unknown_value(cfg, name))

dynamic_contents(cfg, name) := [content |
	some block in terraform.dynamic_blocks(cfg, name)
	not terraform.empty_collection(block.for_each)
	some content in terraform.blocks(block, "content")
]

unknown_value(cfg, name) := [cfg[name]] if values.is_unknown(cfg[name])

else := []

# event_selector_may_record(selector): an event_selector with a data_resource
# of type AWS::S3::Object, or one whose type (or the whole block) is unknown.
event_selector_may_record(selector) if values.is_unknown(selector)

event_selector_may_record(selector) if {
	some resource in selectors(selector, "data_resource")
	s3_object_type(resource)
}

s3_object_type(resource) if values.is_unknown(resource)

s3_object_type(resource) if resource.type == "AWS::S3::Object"

s3_object_type(resource) if values.is_unknown(resource.type)

# advanced_selector_may_record(selector): an advanced_event_selector whose
# field selectors (may) say eventCategory equals Data and resources.type
# equals AWS::S3::Object.
advanced_selector_may_record(selector) if values.is_unknown(selector)

advanced_selector_may_record(selector) if {
	fields := selectors(selector, "field_selector")
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

field_may_be(field_selector, field) if field_selector.field == field

field_may_be(field_selector, _) if values.is_unknown(field_selector.field)

equals_may_hold(field_selector, value) if {
	is_array(field_selector.equals)
	value in field_selector.equals
}

equals_may_hold(field_selector, _) if values.is_unknown(field_selector.equals)

equals_may_hold(field_selector, _) if {
	is_array(field_selector.equals)
	some item in field_selector.equals
	values.is_unknown(item)
}
