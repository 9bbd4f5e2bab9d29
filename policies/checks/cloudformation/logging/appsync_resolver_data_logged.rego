# METADATA
# title: AppSync writes resolver data into its logs
# description: >-
#   An AWS::AppSync::GraphQLApi sets LogConfig.FieldLogLevel ALL without
#   ExcludeVerboseContent true (its default is false). AppSync then writes,
#   for every field of every query, the evaluated request and response
#   mapping templates: the arguments clients sent and the records the data
#   sources returned (patient records, personal details), with the request's
#   headers and context, to CloudWatch Logs, where everyone who can read the
#   log group sees them for as long as the group keeps them. ERROR writes
#   them for failing fields only, NONE not at all, and ExcludeVerboseContent
#   true leaves them out at every level: none of those is reported, nor a
#   value from a parameter or a condition. The AppSync twin of API Gateway's
#   data trace (EVD-CFN-081).
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/APIReference/API_LogConfig.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-appsync-graphqlapi-logconfig.html
# custom:
#   id: EVD-CFN-116
#   severity: medium
#   remediation: >-
#     Set FieldLogLevel ERROR (or NONE) and ExcludeVerboseContent true; if
#     resolver tracing is needed to troubleshoot, turn it on briefly for an
#     API that serves no real personal data.
#   selector:
#     input: cloudformation
#     resources: [AWS::AppSync::GraphQLApi]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.5(1)(c)", "Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: ePHI copied into resolver logs escapes the API's access control and reaches every workforce member who can read the log group, whether or not their role needs it.
#     gdpr: Logging every resolver's data processes more personal data than running the API needs, by default, and widens who can read it.
package evident.checks.cloudformation.appsync_resolver_data_logged

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some api in cfn.resources("AWS::AppSync::GraphQLApi")
	config := api.properties.LogConfig
	config.FieldLogLevel == "ALL"
	values.false_or_unset(config, "ExcludeVerboseContent")
	f := finding.at(api, ["properties", "LogConfig", "FieldLogLevel"], finding.format("%s logs every resolver's request and response data (FieldLogLevel ALL without ExcludeVerboseContent true)", [api.id]))
}
