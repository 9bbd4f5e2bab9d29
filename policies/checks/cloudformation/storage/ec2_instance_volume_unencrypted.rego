# METADATA
# title: EC2 instance or launch template volume is not encrypted
# description: >-
#   A block device mapping with an Ebs volume of an AWS::EC2::Instance, of an
#   AWS::EC2::LaunchTemplate (LaunchTemplateData.BlockDeviceMappings) or of an
#   AWS::AutoScaling::LaunchConfiguration does not set Encrypted to true (it
#   is absent or false). Unless the account's EBS encryption-by-default
#   setting is on (which a template cannot show), the volume and its
#   snapshots are unencrypted. Only Ebs mappings that the template declares
#   are judged: a root volume the template leaves to the AMI is not reported,
#   nor a mapping for a usual root device name (/dev/xvda, /dev/sda1,
#   /dev/sda, /dev/nvme0n1) that leaves Encrypted unsaid (it only resizes the
#   AMI's root volume, which keeps its snapshot's encryption; false is judged).
#   Not reported either: mappings that restore a snapshot (SnapshotId: the
#   volume takes the snapshot's encryption), suppress the device (NoDevice)
#   or name an instance store (VirtualName), and values that are not known
#   statically (a Ref to a parameter without default, Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ebs.html
# custom:
#   id: EVD-CFN-043
#   severity: high
#   remediation: >-
#     Set Encrypted to true (and KmsKeyId to a customer-managed key where the
#     resource type supports it) in every Ebs block device mapping, and turn on
#     EBS encryption by default in every region the account uses.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption at rest of the instance disks that hold ePHI is the encryption and decryption specification and a basic risk-management measure.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names, and serves the confidentiality principle.
package evident.checks.cloudformation.ec2_instance_volume_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some r in cfn.resources_of(["AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"])
	some i, mapping in cfn.as_list(object.get(r.properties, "BlockDeviceMappings", []))
	f := off(r, ["properties", "BlockDeviceMappings", i], mapping)
}

deny contains f if {
	some r in cfn.resources("AWS::EC2::LaunchTemplate")
	template := r.properties.LaunchTemplateData
	some i, mapping in cfn.as_list(object.get(template, "BlockDeviceMappings", []))
	f := off(r, ["properties", "LaunchTemplateData", "BlockDeviceMappings", i], mapping)
}

# off(r, path, mapping): the finding for a mapping (at `path`) whose Ebs volume
# is created empty and does not set Encrypted to true: at Encrypted when it is
# false, at Ebs when it is absent. Undefined when true or unknown.
off(r, path, mapping) := finding.at(r, array.concat(path, ["Ebs", "Encrypted"]), finding.format("%s %s sets Encrypted to false", [r.id, label(mapping)])) if {
	ebs := new_volume(mapping)
	cfn.is_false(ebs.Encrypted)
}

off(r, path, mapping) := finding.at(r, array.concat(path, ["Ebs"]), finding.format("%s %s does not set Encrypted: true", [r.id, label(mapping)])) if {
	ebs := new_volume(mapping)
	values.absent_or_null(ebs, "Encrypted")
	not root_device_names[object.get(mapping, "DeviceName", "")]
}

# A mapping for a usual root device name that leaves Encrypted unsaid only
# resizes the AMI's root volume, which keeps the encryption of the AMI's
# snapshot (not shown in the template); an explicit false is still judged.
root_device_names := {"/dev/xvda", "/dev/sda1", "/dev/sda", "/dev/nvme0n1"}

# new_volume(mapping): the mapping's Ebs object when it is known and creates an
# empty EBS volume: no NoDevice, VirtualName or SnapshotId. (A mapping that is
# unknown as a whole, e.g. an Fn::If item, has no Ebs.)
new_volume(mapping) := ebs if {
	not suppressed(mapping)
	not cfn.given(mapping, "VirtualName")
	ebs := mapping.Ebs
	values.known_object(ebs)
	not cfn.given(ebs, "SnapshotId")
}

# NoDevice is an empty object on instances, a string on launch templates (any
# value, even "", suppresses the device) and a boolean on launch configurations.
suppressed(mapping) if {
	mapping.NoDevice != null
	not cfn.is_false(mapping.NoDevice)
}

# label(mapping): "block device" and, when known, the mapping's device name.
label(mapping) := concat(" ", ["block device", mapping.DeviceName]) if values.truthy_string(mapping.DeviceName)

else := "block device"
