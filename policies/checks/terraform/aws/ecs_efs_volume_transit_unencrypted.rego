# METADATA
# title: ECS task definition mounts an EFS volume without transit encryption
# description: >-
#   A volume of an aws_ecs_task_definition mounts an Amazon EFS file system
#   (efs_volume_configuration) without transit_encryption = "ENABLED": the
#   default, and "DISABLED", mount it over plain NFS, so every file the task
#   reads or writes, records and uploads included, crosses the network
#   unencrypted between the task and the file system. Encryption at rest on
#   the file system does not cover this traffic. A value that cannot be
#   resolved, and volumes written as dynamic blocks, are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption
# custom:
#   id: EVD-TF-234
#   severity: high
#   remediation: >-
#     Set transit_encryption = "ENABLED" in the volume's efs_volume_configuration
#     (and authorization_config { iam = "ENABLED" } to mount with the task role).
#   selector:
#     input: terraform
#     resources: [aws_ecs_task_definition]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Files holding ePHI that a task reads from or writes to EFS are transmitted over the network and must be protected there.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.ecs_efs_volume_transit_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some task in terraform.resources("aws_ecs_task_definition")
	some i, volume in terraform.blocks(task.config, "volume")
	some j, efs in terraform.blocks(volume, "efs_volume_configuration")
	path := array.concat(
		array.concat(["config"], terraform.block_path(task.config, "volume", i)),
		terraform.block_path(volume, "efs_volume_configuration", j),
	)
	f := unencrypted(task, volume, efs, path)
}

unencrypted(task, volume, efs, path) := finding.at(task, path, finding.format("%s mounts the EFS volume %s without transit encryption (transit_encryption is not set: DISABLED by default)", [task.id, volume_name(volume)])) if {
	values.absent_or_null(efs, "transit_encryption")
}

unencrypted(task, volume, efs, path) := finding.at(task, array.concat(path, ["transit_encryption"]), finding.format("%s mounts the EFS volume %s without transit encryption (transit_encryption = \"DISABLED\")", [task.id, volume_name(volume)])) if {
	efs.transit_encryption == "DISABLED"
}

volume_name(volume) := finding.format("\"%s\"", [volume.name]) if is_string(volume.name)

else := "(unnamed)"
