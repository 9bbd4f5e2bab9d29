# METADATA
# title: ECS task shares the host's network, process or IPC namespace
# description: >-
#   An aws_ecs_task_definition sets network_mode, pid_mode or ipc_mode to
#   "host". With the host's network the task's containers reach whatever
#   listens on the instance's loopback and, unless the agent blocks it, the
#   instance metadata service and the instance role's credentials; with its
#   process namespace they see, and as root can signal or inspect, every
#   process on the instance, other tasks' included; with its IPC namespace they
#   share the instance's shared memory. Each breaks the isolation between the
#   tasks that process data. The twin of EVD-K8S-006 for ECS (Fargate refuses
#   all three). Not reported: a mode from a variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
# custom:
#   id: EVD-TF-286
#   severity: high
#   remediation: >-
#     Use network_mode = "awsvpc" (or "bridge") and leave pid_mode and ipc_mode
#     unset or "task"; run agents that truly need the host's namespaces on
#     instances that hold no other workload's data.
#   selector:
#     input: terraform
#     resources: [aws_ecs_task_definition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Sharing the host's namespaces lets one task observe or tamper with others that process ePHI, bypassing their access controls.
#     gdpr: Workload isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.terraform.ecs_task_host_namespaces

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some task in terraform.resources("aws_ecs_task_definition")
	some attr, namespace in aws.ecs_host_namespaces
	aws.host_mode(task.config[attr])
	f := finding.at(task, ["config", attr], finding.format("%s shares the host's %s namespace (%s = \"host\")", [task.id, namespace, attr]))
}
