# METADATA
# title: API Gateway stage has no access logging
# description: >-
#   An AWS::ApiGateway::Stage (REST) has no AccessLogSetting, an
#   AWS::ApiGatewayV2::Stage (HTTP/WebSocket) no AccessLogSettings, or a SAM
#   AWS::Serverless::Api (AccessLogSetting) or AWS::Serverless::HttpApi
#   (AccessLogSettings) declares none, nor does the Globals Api/HttpApi
#   section; so requests to the API (caller, path, status, source address)
#   are not recorded. Unlike Terraform's access_log_settings, whose
#   destination_arn is required, CloudFormation accepts the setting without a
#   DestinationArn, which logs nothing: that is reported too. A setting or
#   DestinationArn that is unknown (a parameter without default, an
#   undecidable Fn::If) is not reported. The implicit API that SAM creates
#   for function events without RestApiId (Api) or ApiId (HttpApi) can only
#   be given access logs in the Globals Api/HttpApi section: without it, the
#   first such event (by function and event name) is reported, once per
#   implicit API. Stages that an AWS::ApiGateway::Deployment creates through
#   StageName are not examined (the Terraform check does not examine a
#   deployment's stage_name either).
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-accesslogsetting.html
# custom:
#   id: EVD-CFN-062
#   severity: medium
#   remediation: >-
#     Add AccessLogSetting (AccessLogSettings on ApiGatewayV2 stages and SAM
#     HttpApis) with DestinationArn !GetAtt ApiAccessLogGroup.Arn and a Format
#     with at least requestId, sourceIp, caller, httpMethod, resourcePath and
#     status; for SAM, Globals Api/HttpApi can set it for every API.
#   selector:
#     input: cloudformation
#     resources: [AWS::ApiGateway::Stage, AWS::ApiGatewayV2::Stage, AWS::Serverless::Api, AWS::Serverless::HttpApi, AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of API access to ePHI support audit controls and activity review.
#     gdpr: Access records of APIs that process personal data help demonstrate compliance.
package evident.checks.cloudformation.api_gateway_stage_access_logs_missing

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# stage_types[type]: the property that configures access logging (the first of
# `keys` is the documented one, named in messages; SAM HttpApi is also
# accepted with the singular spelling of its CloudFormation specification)
# and the SAM Globals section that may set it.
stage_types := {
	"AWS::ApiGateway::Stage": {"keys": ["AccessLogSetting"], "section": ""},
	"AWS::ApiGatewayV2::Stage": {"keys": ["AccessLogSettings"], "section": ""},
	"AWS::Serverless::Api": {"keys": ["AccessLogSetting"], "section": "Api"},
	"AWS::Serverless::HttpApi": {"keys": ["AccessLogSettings", "AccessLogSetting"], "section": "HttpApi"},
}

deny contains f if {
	some type, spec in stage_types
	some stage in cfn.resources(type)
	not sets_any(stage.properties, spec.keys)
	not sets_any(globals_properties(spec.section), spec.keys)
	f := finding.of(stage, finding.format("%s has no %s (API requests are not logged)", [stage.id, spec.keys[0]]))
}

# A setting without DestinationArn, on the resource (located there) or only
# in Globals (located at the resource).
deny contains f if {
	some type, spec in stage_types
	some stage in cfn.resources(type)
	some key in spec.keys
	values.has_key(stage.properties, key)
	not logged(stage.properties, spec.keys)
	not logged(globals_properties(spec.section), spec.keys)
	f := finding.at(stage, ["properties", key], finding.format("%s has no %s.DestinationArn (API requests are not logged)", [stage.id, key]))
}

deny contains f if {
	some type, spec in stage_types
	some stage in cfn.resources(type)
	not sets_any(stage.properties, spec.keys)
	sets_any(globals_properties(spec.section), spec.keys)
	not logged(globals_properties(spec.section), spec.keys)
	f := finding.of(stage, finding.format("%s has no %s.DestinationArn (API requests are not logged)", [stage.id, spec.keys[0]]))
}

sets_any(props, keys) if {
	some key in keys
	values.has_key(props, key)
}

# logged(props, keys): the setting names a destination, or may (unknown).
logged(props, keys) if {
	some key in keys
	values.is_unknown(props[key])
}

logged(props, keys) if {
	some key in keys
	cfn.given(props[key], "DestinationArn")
}

globals_properties(section) := props if {
	section != ""
	props := cfn.globals(section).properties
} else := {}

# implicit_apis[section]: the access-log keys of the implicit API of a SAM event type.
implicit_apis := {
	"Api": {"keys": ["AccessLogSetting"]},
	"HttpApi": {"keys": ["AccessLogSettings", "AccessLogSetting"]},
}

# implicit_events(section): [function id, event name] of every event that adds a route to the
# implicit API of `section` (cfn.implicit_api_events), sorted. The rules below report the first,
# at its function, found among the SAM functions (which keeps the check gated by their type).
implicit_events(section) := sort(cfn.implicit_api_events(section))

deny contains f if {
	some section, spec in implicit_apis
	events := implicit_events(section)
	count(events) > 0
	not sets_any(globals_properties(section), spec.keys)
	[fn_id, name] := events[0]
	some fn in cfn.resources("AWS::Serverless::Function")
	fn.id == fn_id
	f := finding.at(fn, ["properties", "Events", name], finding.format("function %s event %s adds a route to the implicit %s, which has no %s (API requests are not logged; set it in Globals %s)", [fn_id, name, section, spec.keys[0], section]))
}

deny contains f if {
	some section, spec in implicit_apis
	events := implicit_events(section)
	count(events) > 0
	sets_any(globals_properties(section), spec.keys)
	not logged(globals_properties(section), spec.keys)
	[fn_id, name] := events[0]
	some fn in cfn.resources("AWS::Serverless::Function")
	fn.id == fn_id
	f := finding.at(fn, ["properties", "Events", name], finding.format("function %s event %s adds a route to the implicit %s, whose Globals %s has no DestinationArn (API requests are not logged)", [fn_id, name, section, spec.keys[0]]))
}
