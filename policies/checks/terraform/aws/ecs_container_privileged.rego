# METADATA
# title: ECS or Batch container runs privileged
# description: >-
#   A container of an aws_ecs_task_definition (container_definitions) or the
#   container of an aws_batch_job_definition (container_properties) sets
#   privileged = true. It then runs as root on the EC2 host with every Linux
#   capability and the host's devices: escaping to the instance, and from there
#   reading the other tasks' data, their secrets and the instance role's
#   credentials, is trivial. The twin of EVD-K8S-002 for ECS and Batch (Fargate
#   refuses privileged containers). Not reported: definitions that are not
#   literal JSON or jsonencode() of known values (file(), templatefile() of
#   something unresolved, a variable), and a privileged flag from a variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
#   - ref: https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html
# custom:
#   id: EVD-TF-285
#   severity: high
#   remediation: >-
#     Remove privileged (it defaults to false); add only the Linux capabilities
#     the process needs (linuxParameters.capabilities.add) and run it on
#     Fargate or on instances that hold no other workload's data.
#   selector:
#     input: terraform
#     resources: [aws_ecs_task_definition, aws_batch_job_definition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A privileged container can bypass every access control on its host, including the isolation between tasks that process ePHI.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.terraform.ecs_container_privileged

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some task in terraform.resources("aws_ecs_task_definition")
	some i, container in aws.ecs_container_definitions(task.config.container_definitions)
	values.true_value(container.privileged)
	f := finding.at(task, ["config", "container_definitions", i, "privileged"], finding.format("%s of %s runs privileged (privileged = true)", [aws.ecs_container_label(container, i), task.id]))
}

deny contains f if {
	some job in terraform.resources("aws_batch_job_definition")
	properties := aws.encoded_json(job.config.container_properties)
	values.true_value(properties.privileged)
	f := finding.at(job, ["config", "container_properties", "privileged"], finding.format("%s runs its container privileged (privileged = true)", [job.id]))
}
