# METADATA
# title: WorkSpaces desktop volume not encrypted
# description: >-
#   An AWS::WorkSpaces::Workspace does not set RootVolumeEncryptionEnabled or
#   UserVolumeEncryptionEnabled to true (both default to false): the virtual
#   desktop's root volume (the system drive, with the page file, temporary
#   files and application caches) or its user volume (the D: drive or home
#   directory, with the documents, downloads and exports of the staff member
#   who uses it) is stored unencrypted. Each volume is its own finding, at
#   the property when it is false (or "false") and at the resource when it is
#   absent or null. A value the template leaves undecided (a parameter
#   without default, an undecidable Fn::If) is not reported. The KMS key
#   (VolumeEncryptionKey) is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html
# custom:
#   id: EVD-CFN-075
#   severity: high
#   remediation: >-
#     Set RootVolumeEncryptionEnabled and UserVolumeEncryptionEnabled to true
#     and give a VolumeEncryptionKey (a customer managed key). Existing
#     WorkSpaces cannot be encrypted in place: the change replaces the
#     WorkSpace, so back up the user volume first.
#   selector:
#     input: cloudformation
#     resources: ["AWS::WorkSpaces::Workspace"]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: The desktops of staff who handle ePHI keep copies of it on their volumes; encrypting them is the addressable encryption specification for data at rest, and a safeguard the risk analysis of remote workstations calls for.
#     gdpr: Encryption of the personal data that staff desktops store is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.workspaces_volume_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some workspace in cfn.resources("AWS::WorkSpaces::Workspace")
	some [key, what] in volumes
	cfn.not_enabled(workspace.properties, key)
	f := located(workspace, key, what)
}

volumes := [
	["RootVolumeEncryptionEnabled", "the desktop's system volume, with its temporary files and caches, is not encrypted"],
	["UserVolumeEncryptionEnabled", "the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted"],
]

located(workspace, key, what) := finding.at(workspace, ["properties", key], finding.format("%s sets %s to false: %s", [workspace.id, key, what])) if {
	cfn.is_false(workspace.properties[key])
} else := finding.of(workspace, finding.format("%s does not set %s: true: %s", [workspace.id, key, what]))
