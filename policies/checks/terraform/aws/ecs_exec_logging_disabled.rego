# METADATA
# title: ECS Exec sessions are not logged
# description: >-
#   An aws_ecs_cluster sets execute_command_configuration logging = "NONE", so
#   ECS Exec records none of the commands run in its containers, nor what they
#   print: an administrator's shell in a task that handles personal or health
#   data leaves no trace beyond the fact that a session started (CloudTrail's
#   ExecuteCommand event). With DEFAULT, the default, the sessions go to the
#   task's awslogs log group, and with OVERRIDE to the log_configuration's
#   CloudWatch Logs group or S3 bucket. Not reported: a logging value from a
#   variable, or a configuration from a dynamic block.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html#ecs-exec-logging
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_cluster#execute_command_configuration
# custom:
#   id: EVD-TF-276
#   severity: medium
#   remediation: >-
#     Set execute_command_configuration logging = "DEFAULT" (the sessions go to
#     each task's awslogs log group) or "OVERRIDE" with a log_configuration
#     naming a CloudWatch Logs group or an S3 bucket, encrypted.
#   selector:
#     input: terraform
#     resources: [aws_ecs_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Interactive sessions in containers that process ePHI must be recorded for audit controls and activity review.
#     gdpr: A record of who ran what inside systems that process personal data helps demonstrate compliance.
package evident.checks.terraform.ecs_exec_logging_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("aws_ecs_cluster")
	some i, configuration in terraform.blocks(cluster.config, "configuration")
	some j, exec in terraform.blocks(configuration, "execute_command_configuration")
	values.lower_text(exec.logging) == "none"
	path := array.concat(
		array.concat(["config"], terraform.block_path(cluster.config, "configuration", i)),
		array.concat(terraform.block_path(configuration, "execute_command_configuration", j), ["logging"]),
	)
	f := finding.at(cluster, path, finding.format("%s does not log ECS Exec sessions (execute_command_configuration logging = \"NONE\")", [cluster.id]))
}
