# METADATA
# title: ECS task shares the host's network, process or IPC namespace
# description: >-
#   An AWS::ECS::TaskDefinition sets NetworkMode, PidMode or IpcMode to host.
#   With the host's network the task's containers reach whatever listens on the
#   instance's loopback and, unless the agent blocks it, the instance metadata
#   service and the instance role's credentials; with its process namespace
#   they see, and as root can signal or inspect, every process on the instance,
#   other tasks' included; with its IPC namespace they share the instance's
#   shared memory. Each breaks the isolation between the tasks that process
#   data. The twin of EVD-K8S-006 for ECS (Fargate refuses all three). Not
#   reported: a mode from a parameter without a default or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html#cfn-ecs-taskdefinition-networkmode
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
# custom:
#   id: EVD-CFN-123
#   severity: high
#   remediation: >-
#     Use NetworkMode awsvpc (or bridge) and leave PidMode and IpcMode unset or
#     task; run agents that truly need the host's namespaces on instances that
#     hold no other workload's data.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECS::TaskDefinition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Sharing the host's namespaces lets one task observe or tamper with others that process ePHI, bypassing their access controls.
#     gdpr: Workload isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.cloudformation.ecs_task_host_namespaces

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some property, namespace in aws.ecs_host_namespaces_cfn
	aws.host_mode(task.properties[property])
	f := finding.at(task, ["properties", property], finding.format("%s shares the host's %s namespace (%s: host)", [task.id, namespace, property]))
}
