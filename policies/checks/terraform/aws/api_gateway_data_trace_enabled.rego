# METADATA
# title: API Gateway logs full requests and responses (data trace)
# description: >-
#   An aws_api_gateway_method_settings (REST API) sets data_trace_enabled =
#   true in its settings block, or an aws_apigatewayv2_stage (WebSocket API)
#   sets it in default_route_settings or in a route_settings block. API
#   Gateway then writes full requests and responses, bodies included
#   (patient records, personal details, tokens a backend returns), to the
#   stage's CloudWatch Logs execution log, where everyone who can read the
#   log group sees them and where they stay as long as the group's retention.
#   AWS recommends not turning data tracing on for production APIs. Only an
#   explicit true (or "true", also from a variable's default) is reported:
#   data tracing is an opt-in, off unless turned on (the provider documents
#   false as the default of the aws_apigatewayv2_stage setting). Not
#   reported: false, an absent setting, a value that is not known statically
#   (a variable without default), and settings written in a dynamic block.
#   The setting is reported whatever the logging_level, and whatever
#   method_path or route it applies to. Access logs (EVD-TF-049) record who
#   called which route without the data, and are not affected.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage
# custom:
#   id: EVD-TF-208
#   severity: medium
#   remediation: >-
#     Remove data_trace_enabled or set it to false, and keep execution logging
#     at logging_level = "ERROR" or "INFO"; record who called what with
#     access_log_settings and selected $context fields instead. If data
#     tracing is needed to troubleshoot, turn it on briefly in a stage that
#     serves no real personal data.
#   selector:
#     input: terraform
#     resources: [aws_api_gateway_method_settings, aws_apigatewayv2_stage]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.5(1)(c)", "Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: ePHI copied into execution logs escapes the API's access control and reaches every workforce member who can read the log group, whether or not their role needs it.
#     gdpr: Logging whole requests and responses processes more personal data than running the API needs, by default, and widens who can read it.
package evident.checks.terraform.api_gateway_data_trace_enabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# REST APIs: the settings block of aws_api_gateway_method_settings.
deny contains f if {
	some ms in terraform.resources("aws_api_gateway_method_settings")
	some i, settings in terraform.blocks(ms.config, "settings")
	values.true_value(settings.data_trace_enabled)
	f := finding.at(ms, ["config", "settings", i, "data_trace_enabled"], finding.format("%s sets data_trace_enabled = true (full requests and responses are written to CloudWatch Logs)", [ms.id]))
}

# WebSocket APIs: the stage's default route settings and per-route settings.
deny contains f if {
	some stage in terraform.resources("aws_apigatewayv2_stage")
	some block in ["default_route_settings", "route_settings"]
	some i, settings in terraform.blocks(stage.config, block)
	values.true_value(settings.data_trace_enabled)
	f := finding.at(stage, ["config", block, i, "data_trace_enabled"], finding.format("%s sets data_trace_enabled = true in %s (full requests and responses are written to CloudWatch Logs)", [stage.id, where(block, settings)]))
}

# where(block, settings): the block named in a message (a route_settings block by its route_key).
where("default_route_settings", _) := "default_route_settings"

where("route_settings", settings) := finding.format("route_settings for route %s", [settings.route_key]) if {
	values.truthy_string(settings.route_key)
} else := "route_settings"
