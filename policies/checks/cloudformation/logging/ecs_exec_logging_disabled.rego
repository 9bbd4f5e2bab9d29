# METADATA
# title: ECS Exec sessions are not logged
# description: >-
#   An AWS::ECS::Cluster sets Configuration.ExecuteCommandConfiguration.Logging
#   to NONE, so ECS Exec records none of the commands run in its containers,
#   nor what they print: an administrator's shell in a task that handles
#   personal or health data leaves no trace beyond the fact that a session
#   started (CloudTrail's ExecuteCommand event). With DEFAULT, the default,
#   the sessions go to the task's awslogs log group, and with OVERRIDE to the
#   LogConfiguration's CloudWatch Logs group or S3 bucket. Not reported: a
#   Logging value from a parameter or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html#ecs-exec-logging
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-executecommandconfiguration.html
# custom:
#   id: EVD-CFN-117
#   severity: medium
#   remediation: >-
#     Set ExecuteCommandConfiguration Logging to DEFAULT (the sessions go to
#     each task's awslogs log group) or OVERRIDE with a LogConfiguration naming
#     a CloudWatch Logs group or an S3 bucket, encrypted.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECS::Cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Interactive sessions in containers that process ePHI must be recorded for audit controls and activity review.
#     gdpr: A record of who ran what inside systems that process personal data helps demonstrate compliance.
package evident.checks.cloudformation.ecs_exec_logging_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::ECS::Cluster")
	values.lower_text(cluster.properties.Configuration.ExecuteCommandConfiguration.Logging) == "none"
	f := finding.at(cluster, ["properties", "Configuration", "ExecuteCommandConfiguration", "Logging"], finding.format("%s does not log ECS Exec sessions (ExecuteCommandConfiguration Logging: NONE)", [cluster.id]))
}
