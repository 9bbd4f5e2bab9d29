# METADATA
# title: AppSync writes resolver data into its logs
# description: >-
#   An aws_appsync_graphql_api sets log_config.field_log_level = "ALL"
#   without exclude_verbose_content = true (its default is false). AppSync
#   then writes, for every field of every query, the evaluated request and
#   response mapping templates: the arguments clients sent and the records
#   the data sources returned (patient records, personal details), with the
#   request's headers and context, to CloudWatch Logs, where everyone who can
#   read the log group sees them for as long as the group keeps them. ERROR
#   writes them for failing fields only, NONE not at all, and
#   exclude_verbose_content = true leaves them out at every level: none of
#   those is reported, nor a level or flag that is not known statically. The
#   AppSync twin of API Gateway's data trace (EVD-TF-208).
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/APIReference/API_LogConfig.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#log_config
# custom:
#   id: EVD-TF-275
#   severity: medium
#   remediation: >-
#     Set field_log_level = "ERROR" (or "NONE") and exclude_verbose_content =
#     true; if resolver tracing is needed to troubleshoot, turn it on briefly
#     for an API that serves no real personal data.
#   selector:
#     input: terraform
#     resources: [aws_appsync_graphql_api]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.5(1)(c)", "Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: ePHI copied into resolver logs escapes the API's access control and reaches every workforce member who can read the log group, whether or not their role needs it.
#     gdpr: Logging every resolver's data processes more personal data than running the API needs, by default, and widens who can read it.
package evident.checks.terraform.appsync_resolver_data_logged

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some api in terraform.resources("aws_appsync_graphql_api")
	some i, config in terraform.blocks(api.config, "log_config")
	config.field_log_level == "ALL"
	values.false_or_unset(config, "exclude_verbose_content")
	path := array.concat(["config"], terraform.block_path(api.config, "log_config", i))
	f := finding.at(api, array.concat(path, ["field_log_level"]), finding.format("%s logs every resolver's request and response data (field_log_level = ALL without exclude_verbose_content = true)", [api.id]))
}
