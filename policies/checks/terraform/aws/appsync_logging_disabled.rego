# METADATA
# title: AppSync GraphQL API logs nothing
# description: >-
#   An aws_appsync_graphql_api has no log_config block, so AppSync writes no
#   request logs to CloudWatch Logs: which queries and mutations were run,
#   by which identity, on which data sources, is not recorded. With a
#   log_config, AppSync writes a log of every request whatever its
#   field_log_level (NONE adds no resolver logs, and keeps resolver data out
#   of the logs). Not reported: a log_config from a dynamic block.
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#log_config
# custom:
#   id: EVD-TF-274
#   severity: medium
#   remediation: >-
#     Add log_config { cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn,
#     field_log_level = "ERROR", exclude_verbose_content = true } so that every
#     request is logged without resolver data.
#   selector:
#     input: terraform
#     resources: [aws_appsync_graphql_api]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of API access to ePHI support audit controls and activity review.
#     gdpr: Access records of APIs that process personal data help demonstrate compliance.
package evident.checks.terraform.appsync_logging_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some api in terraform.resources("aws_appsync_graphql_api")
	not terraform.has_block(api.config, "log_config")
	f := finding.of(api, finding.format("%s has no log_config (GraphQL requests are not logged)", [api.id]))
}
