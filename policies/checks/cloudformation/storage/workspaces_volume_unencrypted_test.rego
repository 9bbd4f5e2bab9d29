package evident.checks.cloudformation.workspaces_volume_unencrypted_test

import data.evident.checks.cloudformation.workspaces_volume_unencrypted as check

workspace(id, properties) := {"id": id, "type": "AWS::WorkSpaces::Workspace", "properties": object.union({"BundleId": "wsb-bh8rsxt14", "DirectoryId": "d-1234567890", "UserName": lower(id)}, properties), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

root := "the desktop's system volume, with its temporary files and caches, is not encrypted"

user := "the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted"

test_unencrypted_volumes_are_reported if {
	check.deny == {
		{"resource": "Defaults", "msg": concat("", ["Defaults does not set RootVolumeEncryptionEnabled: true: ", root])},
		{"resource": "Defaults", "msg": concat("", ["Defaults does not set UserVolumeEncryptionEnabled: true: ", user])},
		{"resource": "Off", "path": ["properties", "RootVolumeEncryptionEnabled"], "msg": concat("", ["Off sets RootVolumeEncryptionEnabled to false: ", root])},
		{"resource": "Off", "path": ["properties", "UserVolumeEncryptionEnabled"], "msg": concat("", ["Off sets UserVolumeEncryptionEnabled to false: ", user])},
		{"resource": "UserOnly", "msg": concat("", ["UserOnly does not set RootVolumeEncryptionEnabled: true: ", root])},
		{"resource": "Nulled", "msg": concat("", ["Nulled does not set UserVolumeEncryptionEnabled: true: ", user])},
	} with input as {"resources": [
		workspace("Defaults", {}),
		workspace("Off", {"RootVolumeEncryptionEnabled": "false", "UserVolumeEncryptionEnabled": false}),
		workspace("UserOnly", {"UserVolumeEncryptionEnabled": "true"}),
		workspace("Nulled", {"RootVolumeEncryptionEnabled": true, "UserVolumeEncryptionEnabled": null}),
	]}
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		workspace("Encrypted", {"RootVolumeEncryptionEnabled": true, "UserVolumeEncryptionEnabled": "True", "VolumeEncryptionKey": "alias/workspaces"}),
		workspace("Param", {"RootVolumeEncryptionEnabled": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}, "UserVolumeEncryptionEnabled": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}}),
		{"id": "Directory", "type": "AWS::WorkSpaces::ConnectionAlias", "properties": {}},
	]}
}
