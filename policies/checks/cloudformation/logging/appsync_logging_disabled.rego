# METADATA
# title: AppSync GraphQL API logs nothing
# description: >-
#   An AWS::AppSync::GraphQLApi has no LogConfig, so AppSync writes no
#   request logs to CloudWatch Logs: which queries and mutations were run,
#   by which identity, on which data sources, is not recorded. With a
#   LogConfig, AppSync writes a log of every request whatever its
#   FieldLogLevel (NONE adds no resolver logs, and keeps resolver data out of
#   the logs). Not reported: a LogConfig from a parameter or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlapi.html
# custom:
#   id: EVD-CFN-115
#   severity: medium
#   remediation: >-
#     Add LogConfig with CloudWatchLogsRoleArn, FieldLogLevel ERROR and
#     ExcludeVerboseContent true, so that every request is logged without
#     resolver data.
#   selector:
#     input: cloudformation
#     resources: [AWS::AppSync::GraphQLApi]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of API access to ePHI support audit controls and activity review.
#     gdpr: Access records of APIs that process personal data help demonstrate compliance.
package evident.checks.cloudformation.appsync_logging_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some api in cfn.resources("AWS::AppSync::GraphQLApi")
	values.absent_or_null(api.properties, "LogConfig")
	f := finding.of(api, finding.format("%s has no LogConfig (GraphQL requests are not logged)", [api.id]))
}
