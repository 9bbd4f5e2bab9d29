# METADATA
# title: EC2 instance or launch template volume is not encrypted
# description: >-
#   A block device that an aws_instance or aws_launch_configuration declares
#   in a root_block_device or ebs_block_device block, or that an
#   aws_launch_template declares in a block_device_mappings block with an ebs
#   block, does not set encrypted = true (it is absent or false), and the
#   module does not turn on account-wide EBS encryption by default
#   (aws_ebs_encryption_by_default). Such a volume, and every snapshot taken
#   of it, is unencrypted. The root volume is judged only when it says
#   encrypted = false: a root_block_device, or a launch template mapping for a
#   usual root device name (/dev/xvda, /dev/sda1, /dev/sda, /dev/nvme0n1),
#   that leaves encryption unsaid is created from the AMI's snapshot and keeps
#   its encryption, which the code does not show. Not
#   reported either: a block that restores a snapshot (snapshot_id: the volume
#   takes the snapshot's encryption), a mapping that suppresses the device
#   (no_device) or names an instance store (virtual_name), dynamic blocks, an
#   encrypted value that is not known statically, and every volume of a module
#   that declares aws_ebs_encryption_by_default with enabled = true (the
#   default) or an unknown value.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices
# custom:
#   id: EVD-TF-067
#   severity: high
#   remediation: >-
#     Set encrypted = true (and kms_key_id to a customer-managed key) in every
#     root_block_device, ebs_block_device and launch template ebs block, or
#     declare aws_ebs_encryption_by_default { enabled = true } for the account
#     and region.
#   selector:
#     input: terraform
#     resources: [aws_instance, aws_launch_template, aws_launch_configuration, aws_ebs_encryption_by_default]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encrypting the instance disks that hold ePHI is the addressable encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.ec2_instance_volume_unencrypted

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	not aws.ebs_encrypted_by_default
	some r in terraform.resources_of(["aws_instance", "aws_launch_configuration"])
	some name in ["root_block_device", "ebs_block_device"]
	some i, block in terraform.blocks(r.config, name)
	new_volume(block)
	not from_image(name, block)
	f := off(r, ["config", name, i], block, label(name, block))
}

deny contains f if {
	not aws.ebs_encrypted_by_default
	some r in terraform.resources("aws_launch_template")
	some i, mapping in terraform.blocks(r.config, "block_device_mappings")
	not suppressed(mapping)
	not terraform.given(mapping, "virtual_name")
	some j, ebs in terraform.blocks(mapping, "ebs")
	new_volume(ebs)
	not from_image(object.get(mapping, "device_name", ""), ebs)
	f := off(r, ["config", "block_device_mappings", i, "ebs", j], ebs, concat(" ", [label("block_device_mappings", mapping), "ebs"]))
}

# new_volume(block): the block creates an empty volume: it neither restores a
# snapshot (whose encryption the volume takes) nor suppresses the device.
new_volume(block) if {
	not terraform.given(block, "snapshot_id")
	not suppressed(block)
}

# no_device is a boolean on launch configurations and a string on launch
# templates (any non-empty value suppresses the device there).
# from_image(device, block): the volume is the AMI's root volume (a
# root_block_device, or a mapping for a usual root device name that can only
# resize it) and the block leaves encryption unsaid: RunInstances then keeps
# the encryption state of the AMI's snapshot, which the code does not show.
# An explicit encrypted = false is still judged.
from_image(device, block) if {
	root_device(device)
	not values.false_value(object.get(block, "encrypted", null))
}

root_device(device) if device == "root_block_device"

root_device(device) if root_device_names[device]

# The root device names of Amazon's and the common distributions' AMIs.
root_device_names := {"/dev/xvda", "/dev/sda1", "/dev/sda", "/dev/nvme0n1"}

suppressed(block) if block.no_device == true

suppressed(block) if values.truthy_string(block.no_device)

suppressed(block) if values.is_unknown(block.no_device)

# off(r, path, block, label): the finding for a volume block whose encrypted is
# false (at the argument) or not set (at the block). Launch templates take the
# value as a string ("true"/"false"). Undefined when true or unknown.
off(r, path, block, label) := finding.at(r, array.concat(path, ["encrypted"]), finding.format("%s %s sets encrypted = false", [r.id, label])) if {
	values.false_value(block.encrypted)
}

off(r, path, block, label) := finding.at(r, path, finding.format("%s %s does not set encrypted = true and the module does not enable EBS encryption by default", [r.id, label])) if {
	not_set(block)
}

not_set(block) if values.absent_or_null(block, "encrypted")

not_set(block) if block.encrypted == ""

# label(name, block): the block's name and, when known, its device name.
label(name, block) := concat(" ", [name, block.device_name]) if values.truthy_string(block.device_name)

else := name
