# METADATA
# title: API Gateway stage has no access logging
# description: >-
#   An aws_api_gateway_stage (REST) or aws_apigatewayv2_stage (HTTP/WebSocket)
#   has no access_log_settings block, so requests to the API (caller, path,
#   status, source address) are not recorded.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
# custom:
#   id: EVD-TF-049
#   severity: medium
#   remediation: >-
#     Add access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn,
#     format = jsonencode({...}) } with at least requestId, sourceIp, caller,
#     httpMethod, resourcePath and status.
#   selector:
#     input: terraform
#     resources: [aws_api_gateway_stage, aws_apigatewayv2_stage]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of API access to ePHI support audit controls and activity review.
#     gdpr: Access records of APIs that process personal data help demonstrate compliance.
package evident.checks.terraform.api_gateway_stage_access_logs_missing

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some stage in terraform.resources_of({"aws_api_gateway_stage", "aws_apigatewayv2_stage"})
	not terraform.has_block(stage.config, "access_log_settings")
	f := finding.of(stage, finding.format("%s has no access_log_settings (API requests are not logged)", [stage.id]))
}
