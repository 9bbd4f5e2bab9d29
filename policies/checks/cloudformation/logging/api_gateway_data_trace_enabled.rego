# METADATA
# title: API Gateway logs full requests and responses (data trace)
# description: >-
#   A REST API method setting turns data tracing on: DataTraceEnabled true
#   (or "true") in a MethodSettings entry of an AWS::ApiGateway::Stage, an
#   AWS::Serverless::Api or the SAM Globals Api section, or in the
#   StageDescription of an AWS::ApiGateway::Deployment (for the whole stage,
#   or in its MethodSettings); or a WebSocket stage does, in the
#   DefaultRouteSettings or RouteSettings of an AWS::ApiGatewayV2::Stage.
#   API Gateway then writes full requests and responses, bodies included
#   (patient records, personal details, tokens a backend returns), to the
#   stage's CloudWatch Logs execution log, where everyone who can read the
#   log group sees them and where they stay as long as the group's
#   retention. AWS recommends not turning data tracing on for production
#   APIs. Only an explicit true (or "true", in any case) is reported: data
#   tracing is an opt-in, off unless turned on. Not reported: false, an
#   absent setting, and a value or list that is not known statically (a
#   parameter without default, an undecidable Fn::If). The Globals Api
#   section is reported only when the template has a SAM REST API it applies
#   to (an AWS::Serverless::Api, or a function event of type Api without
#   RestApiId, which adds a route to the implicit API). The setting is
#   reported whatever the LoggingLevel, and whatever the method or route it
#   applies to. SAM HttpApi route settings are not read: HTTP APIs do not
#   support data tracing.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-deployment-stagedescription.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-stage-routesettings.html
# custom:
#   id: EVD-CFN-081
#   severity: medium
#   remediation: >-
#     Remove DataTraceEnabled or set it to false, and keep execution logging
#     at LoggingLevel ERROR or INFO; record who called what with
#     AccessLogSetting and selected $context fields instead. If data tracing
#     is needed to troubleshoot, turn it on briefly in a stage that serves no
#     real personal data.
#   selector:
#     input: cloudformation
#     resources: [AWS::ApiGateway::Stage, AWS::ApiGateway::Deployment, AWS::ApiGatewayV2::Stage, AWS::Serverless::Api, AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.5(1)(c)", "Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: ePHI copied into execution logs escapes the API's access control and reaches every workforce member who can read the log group, whether or not their role needs it.
#     gdpr: Logging whole requests and responses processes more personal data than running the API needs, by default, and widens who can read it.
package evident.checks.cloudformation.api_gateway_data_trace_enabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# MethodSettings of REST stages and SAM APIs.
deny contains f if {
	some r in cfn.resources_of(["AWS::ApiGateway::Stage", "AWS::Serverless::Api"])
	some f in method_settings_traced(r, ["properties", "MethodSettings"])
}

# The Globals Api section, when a SAM REST API takes it.
deny contains f if {
	some _ in sam_rest_api
	g := cfn.globals("Api")
	some f in method_settings_traced(g, ["properties", "MethodSettings"])
}

# A deployment's stage: StageDescription (the whole stage) and its MethodSettings.
deny contains f if {
	some r in cfn.resources("AWS::ApiGateway::Deployment")
	f := traced(r, ["properties", "StageDescription"])
}

deny contains f if {
	some r in cfn.resources("AWS::ApiGateway::Deployment")
	some f in method_settings_traced(r, ["properties", "StageDescription", "MethodSettings"])
}

# WebSocket stages: DefaultRouteSettings, and RouteSettings by route key.
deny contains f if {
	some r in cfn.resources("AWS::ApiGatewayV2::Stage")
	f := traced(r, ["properties", "DefaultRouteSettings"])
}

deny contains f if {
	some r in cfn.resources("AWS::ApiGatewayV2::Stage")
	routes := r.properties.RouteSettings
	values.known_object(routes)
	some key, _ in routes
	f := traced(r, ["properties", "RouteSettings", key])
}

# method_settings_traced(r, path): the findings for the entries of the list at `path` that turn data tracing on.
method_settings_traced(r, path) := {f |
	some i, _ in cfn.as_list(object.get(r, path, []))
	f := traced(r, array.concat(path, [i]))
}

# traced(r, path): the finding when the settings object at `path` sets DataTraceEnabled true.
traced(r, path) := finding.at(r, at, finding.format("%s sets %s to true (full requests and responses are written to CloudWatch Logs)", [r.id, cfn.path_label(at)])) if {
	settings := object.get(r, path, null)
	values.known_object(settings)
	cfn.is_true(settings.DataTraceEnabled)
	at := array.concat(path, ["DataTraceEnabled"])
}

# sam_rest_api: one element ("Api") when the template has a SAM REST API that
# the Globals Api section applies to: an AWS::Serverless::Api, or the implicit
# API of a function event of type Api. A set rather than a boolean rule: the
# deny rule that iterates it is then gated by these resource types.
sam_rest_api contains "Api" if some _ in cfn.resources("AWS::Serverless::Api")

sam_rest_api contains "Api" if some _ in cfn.implicit_api_events("Api")
