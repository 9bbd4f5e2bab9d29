package evident.checks.terraform.workspaces_volume_unencrypted_test

import data.evident.checks.terraform.workspaces_volume_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

workspace(name, config) := tf.res("aws_workspaces_workspace", name, object.union({"directory_id": "d-1234567890", "bundle_id": "wsb-abcdefghi", "user_name": name}, config))

root_absent(id) := sprintf("%s does not set root_volume_encryption_enabled = true: the desktop's system volume, with its temporary files and caches, is not encrypted", [id])

user_absent(id) := sprintf("%s does not set user_volume_encryption_enabled = true: the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted", [id])

test_unencrypted_volumes_are_reported if {
	check.deny == {
		{"resource": "aws_workspaces_workspace.defaults", "msg": root_absent("aws_workspaces_workspace.defaults")},
		{"resource": "aws_workspaces_workspace.defaults", "msg": user_absent("aws_workspaces_workspace.defaults")},
		{"resource": "aws_workspaces_workspace.off", "path": ["config", "root_volume_encryption_enabled"], "msg": "aws_workspaces_workspace.off sets root_volume_encryption_enabled = false: the desktop's system volume, with its temporary files and caches, is not encrypted"},
		{"resource": "aws_workspaces_workspace.off", "path": ["config", "user_volume_encryption_enabled"], "msg": "aws_workspaces_workspace.off sets user_volume_encryption_enabled = false: the user volume, with the documents and downloads of the person who uses the desktop, is not encrypted"},
		{"resource": "aws_workspaces_workspace.user_only", "msg": root_absent("aws_workspaces_workspace.user_only")},
		{"resource": "aws_workspaces_workspace.nulled", "msg": user_absent("aws_workspaces_workspace.nulled")},
	} with input as tf.doc([
		workspace("defaults", {}),
		workspace("off", {"root_volume_encryption_enabled": false, "user_volume_encryption_enabled": false}),
		workspace("user_only", {"user_volume_encryption_enabled": true}),
		workspace("nulled", {"root_volume_encryption_enabled": true, "user_volume_encryption_enabled": null}),
	])
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		workspace("encrypted", {"root_volume_encryption_enabled": true, "user_volume_encryption_enabled": true, "volume_encryption_key": "alias/workspaces"}),
		workspace("variable", {"root_volume_encryption_enabled": tf.unknown("var.encrypt"), "user_volume_encryption_enabled": tf.unknown("var.encrypt")}),
		tf.res("aws_workspaces_directory", "d", {"directory_id": "d-1234567890"}),
	])
}
