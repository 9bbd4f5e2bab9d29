# METADATA
# title: ECS or Batch container runs privileged
# description: >-
#   A container of an AWS::ECS::TaskDefinition (ContainerDefinitions) or the
#   container of an AWS::Batch::JobDefinition (ContainerProperties) sets
#   Privileged to true. It then runs as root on the EC2 host with every Linux
#   capability and the host's devices: escaping to the instance, and from there
#   reading the other tasks' data, their secrets and the instance role's
#   credentials, is trivial. The twin of EVD-K8S-002 for ECS and Batch (Fargate
#   refuses privileged containers). Not reported: a flag from a parameter
#   without a default or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-privileged
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-jobdefinition-containerproperties.html
# custom:
#   id: EVD-CFN-122
#   severity: high
#   remediation: >-
#     Remove Privileged (it defaults to false); add only the Linux capabilities
#     the process needs (LinuxParameters Capabilities Add) and run it on
#     Fargate or on instances that hold no other workload's data.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECS::TaskDefinition, AWS::Batch::JobDefinition]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A privileged container can bypass every access control on its host, including the isolation between tasks that process ePHI.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.cloudformation.ecs_container_privileged

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some i, container in cfn.as_list(object.get(task.properties, "ContainerDefinitions", []))
	values.true_value(container.Privileged)
	f := finding.at(task, ["properties", "ContainerDefinitions", i, "Privileged"], finding.format("%s of %s runs privileged (Privileged: true)", [cfn.ecs_container_label(container, i), task.id]))
}

deny contains f if {
	some job in cfn.resources("AWS::Batch::JobDefinition")
	values.true_value(job.properties.ContainerProperties.Privileged)
	f := finding.at(job, ["properties", "ContainerProperties", "Privileged"], finding.format("%s runs its container privileged (ContainerProperties Privileged: true)", [job.id]))
}
