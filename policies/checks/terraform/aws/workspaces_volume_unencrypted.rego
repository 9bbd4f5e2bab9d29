# METADATA
# title: WorkSpaces desktop volume not encrypted
# description: >-
#   An aws_workspaces_workspace does not set root_volume_encryption_enabled or
#   user_volume_encryption_enabled to true (both default to false): the
#   virtual desktop's root volume (the system drive, with the page file,
#   temporary files and application caches) or its user volume (the D: drive
#   or home directory, with the documents, downloads and exports of the staff
#   member who uses it) is stored unencrypted. Each volume is its own
#   finding, at the argument when it is false and at the resource when it is
#   absent or null. A value that is not known (a variable) is not reported.
#   The KMS key (volume_encryption_key, the AWS managed aws/workspaces key
#   when omitted) is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace
# custom:
#   id: EVD-TF-192
#   severity: high
#   remediation: >-
#     Set root_volume_encryption_enabled and user_volume_encryption_enabled to
#     true and give a volume_encryption_key (a customer managed key). Existing
#     WorkSpaces cannot be encrypted in place: the change replaces the
#     WorkSpace, so back up the user volume first.
#   selector:
#     input: terraform
#     resources: [aws_workspaces_workspace]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: The desktops of staff who handle ePHI keep copies of it on their volumes; encrypting them is the addressable encryption specification for data at rest, and a safeguard the risk analysis of remote workstations calls for.
#     gdpr: Encryption of the personal data that staff desktops store is a measure Art. 32(1)(a) names.
package evident.checks.terraform.workspaces_volume_unencrypted

import data.evident.lib.terraform

deny contains f if {
	some workspace in terraform.resources("aws_workspaces_workspace")
	some [key, absent_msg, false_msg] in volumes
	f := terraform.off(workspace, key, absent_msg, false_msg)
}

volumes := [
	[
		"root_volume_encryption_enabled",
		"%s does not set root_volume_encryption_enabled = true: the desktop's system volume, with its temporary files and caches, is not encrypted",
		"%s sets root_volume_encryption_enabled = false: the desktop's system volume, with its temporary files and caches, is not encrypted",
	],
	[
		"user_volume_encryption_enabled",
		"%s does not set user_volume_encryption_enabled = true: the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted",
		"%s sets user_volume_encryption_enabled = false: the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted",
	],
]
