# METADATA
# title: ECS task definition mounts an EFS volume without transit encryption
# description: >-
#   A volume of an AWS::ECS::TaskDefinition mounts an Amazon EFS file system
#   (EFSVolumeConfiguration) without TransitEncryption: ENABLED: the default,
#   and DISABLED, mount it over plain NFS, so every file the task reads or
#   writes, records and uploads included, crosses the network unencrypted
#   between the task and the file system. Encryption at rest on the file
#   system does not cover this traffic. A value that cannot be resolved (a Ref
#   to a parameter without default, Fn::If) is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html
# custom:
#   id: EVD-CFN-097
#   severity: high
#   remediation: >-
#     Set TransitEncryption: ENABLED in the volume's EFSVolumeConfiguration (and
#     AuthorizationConfig IAM: ENABLED to mount with the task role).
#   selector:
#     input: cloudformation
#     resources: [AWS::ECS::TaskDefinition]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Files holding ePHI that a task reads from or writes to EFS are transmitted over the network and must be protected there.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.ecs_efs_volume_transit_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some i, volume in cfn.as_list(object.get(task.properties, "Volumes", []))
	efs := volume.EFSVolumeConfiguration
	values.known_object(efs)
	f := unencrypted(task, volume, efs, ["properties", "Volumes", i, "EFSVolumeConfiguration"])
}

unencrypted(task, volume, efs, path) := finding.at(task, path, finding.format("%s mounts the EFS volume %s without transit encryption (TransitEncryption is not set: DISABLED by default)", [task.id, volume_name(volume)])) if {
	values.absent_or_null(efs, "TransitEncryption")
}

unencrypted(task, volume, efs, path) := finding.at(task, array.concat(path, ["TransitEncryption"]), finding.format("%s mounts the EFS volume %s without transit encryption (TransitEncryption: DISABLED)", [task.id, volume_name(volume)])) if {
	efs.TransitEncryption == "DISABLED"
}

volume_name(volume) := finding.format("\"%s\"", [volume.Name]) if is_string(volume.Name)

else := "(unnamed)"
