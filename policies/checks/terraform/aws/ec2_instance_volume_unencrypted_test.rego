package evident.checks.terraform.ec2_instance_volume_unencrypted_test

import data.evident.checks.terraform.ec2_instance_volume_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

absent_msg(id, label) := sprintf("%s %s does not set encrypted = true and the module does not enable EBS encryption by default", [id, label])

false_msg(id, label) := sprintf("%s %s sets encrypted = false", [id, label])

test_instance_root_and_ebs_blocks_reported if {
	check.deny == {
		{"resource": "aws_instance.app", "path": ["config", "ebs_block_device", 0, "encrypted"], "msg": false_msg("aws_instance.app", "ebs_block_device /dev/sdf")},
		{"resource": "aws_instance.app", "path": ["config", "ebs_block_device", 1], "msg": absent_msg("aws_instance.app", "ebs_block_device")},
	} with input as tf.doc([tf.res("aws_instance", "app", {
		"root_block_device": [{"volume_size": 50, "encrypted": null}],
		"ebs_block_device": [
			{"device_name": "/dev/sdf", "encrypted": false},
			{"device_name": tf.unknown("var.device"), "encrypted": ""},
		],
	})])
}

test_launch_configuration_blocks_reported if {
	check.deny == {
		{"resource": "aws_launch_configuration.lc", "path": ["config", "root_block_device", 0, "encrypted"], "msg": false_msg("aws_launch_configuration.lc", "root_block_device")},
		{"resource": "aws_launch_configuration.lc", "path": ["config", "ebs_block_device", 0], "msg": absent_msg("aws_launch_configuration.lc", "ebs_block_device /dev/sdb")},
	} with input as tf.doc([tf.res("aws_launch_configuration", "lc", {
		"root_block_device": [{"encrypted": false}],
		"ebs_block_device": [{"device_name": "/dev/sdb", "no_device": false, "snapshot_id": ""}],
	})])
}

test_launch_template_ebs_reported if {
	check.deny == {
		{"resource": "aws_launch_template.lt", "path": ["config", "block_device_mappings", 3, "ebs", 0], "msg": absent_msg("aws_launch_template.lt", "block_device_mappings /dev/sdc ebs")},
		{"resource": "aws_launch_template.lt", "path": ["config", "block_device_mappings", 1, "ebs", 0, "encrypted"], "msg": false_msg("aws_launch_template.lt", "block_device_mappings /dev/sdb ebs")},
		{"resource": "aws_launch_template.lt", "path": ["config", "block_device_mappings", 2, "ebs", 0, "encrypted"], "msg": false_msg("aws_launch_template.lt", "block_device_mappings ebs")},
	} with input as tf.doc([tf.res("aws_launch_template", "lt", {"block_device_mappings": [
		{"device_name": "/dev/xvda", "no_device": "", "virtual_name": "", "ebs": [{"volume_size": 100}]},
		{"device_name": "/dev/sdb", "ebs": [{"encrypted": "FALSE"}]},
		{"ebs": [{"encrypted": false}]},
		{"device_name": "/dev/sdc", "ebs": [{"volume_size": 500}]},
	]})])
}

# The root volume keeps the AMI snapshot's encryption unless the block says encrypted = false.
test_root_volume_judged_only_when_false if {
	check.deny == {
		{"resource": "aws_instance.off", "path": ["config", "root_block_device", 0, "encrypted"], "msg": false_msg("aws_instance.off", "root_block_device")},
		{"resource": "aws_launch_template.off", "path": ["config", "block_device_mappings", 0, "ebs", 0, "encrypted"], "msg": false_msg("aws_launch_template.off", "block_device_mappings /dev/sda1 ebs")},
	} with input as tf.doc([
		tf.res("aws_instance", "sized", {"root_block_device": [{"volume_size": 50}]}),
		tf.res("aws_instance", "off", {"root_block_device": [{"encrypted": false}]}),
		tf.res("aws_launch_configuration", "sized", {"root_block_device": [{"volume_type": "gp3"}]}),
		tf.res("aws_launch_template", "sized", {"block_device_mappings": [
			{"device_name": "/dev/xvda", "ebs": [{"volume_size": 100}]},
			{"device_name": "/dev/nvme0n1", "ebs": [{"volume_size": 100}]},
		]}),
		tf.res("aws_launch_template", "off", {"block_device_mappings": [{"device_name": "/dev/sda1", "ebs": [{"encrypted": "false"}]}]}),
	])
}

test_encryption_by_default_off_still_reports if {
	check.deny == {{"resource": "aws_instance.app", "path": ["config", "ebs_block_device", 0], "msg": absent_msg("aws_instance.app", "ebs_block_device /dev/sdf")}} with input as tf.doc([
		tf.res("aws_instance", "app", {"ebs_block_device": [{"device_name": "/dev/sdf"}]}),
		tf.res("aws_ebs_encryption_by_default", "this", {"enabled": false}),
	])
}

test_encryption_by_default_on_or_unknown_exempts if {
	volumes := [
		tf.res("aws_instance", "app", {"root_block_device": [{}], "ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": false}]}),
		tf.res("aws_launch_configuration", "lc", {"root_block_device": [{}]}),
		tf.res("aws_launch_template", "lt", {"block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{}]}]}),
	]
	count(check.deny) == 0 with input as tf.doc(array.concat(volumes, [tf.res("aws_ebs_encryption_by_default", "this", {"enabled": true})]))
	count(check.deny) == 0 with input as tf.doc(array.concat(volumes, [tf.res("aws_ebs_encryption_by_default", "this", {})]))
	count(check.deny) == 0 with input as tf.doc(array.concat(volumes, [tf.res("aws_ebs_encryption_by_default", "this", {"enabled": tf.unknown("var.on")})]))
}

test_encrypted_and_unknown_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "app", {
			"root_block_device": [{"encrypted": true}],
			"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": tf.unknown("var.encrypted")}],
		}),
		tf.res("aws_launch_template", "lt", {"block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"encrypted": "true"}, {"encrypted": tf.unknown("var.e")}]}]}),
	])
}

test_no_block_and_dynamic_blocks_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "app", {"ami": "ami-1", "dynamic": {"ebs_block_device": [{"for_each": tf.unknown("var.v"), "content": [{"device_name": "x"}]}]}}),
		tf.res("aws_launch_configuration", "lc", {"image_id": "ami-1"}),
		tf.res("aws_launch_template", "lt", {"block_device_mappings": [
			{"device_name": "/dev/xvda"},
			{"device_name": "/dev/sdb", "dynamic": {"ebs": [{"for_each": [1], "content": [{"volume_size": 1}]}]}},
		]}),
	])
}

test_snapshots_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "app", {"ebs_block_device": [{"device_name": "/dev/sdf", "snapshot_id": "snap-1"}, {"device_name": "/dev/sdg", "snapshot_id": tf.unknown("data.aws_ebs_snapshot.s.id")}]}),
		tf.res("aws_launch_template", "lt", {"block_device_mappings": [{"device_name": "/dev/sdb", "ebs": [{"snapshot_id": "snap-1"}]}]}),
	])
}

test_suppressed_and_instance_store_mappings_not_reported if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_launch_configuration", "lc", {"ebs_block_device": [{"device_name": "/dev/sdb", "no_device": true}, {"device_name": "/dev/sdc", "no_device": tf.unknown("var.nd")}]}),
		tf.res("aws_launch_template", "lt", {"block_device_mappings": [
			{"device_name": "/dev/sdb", "no_device": "true", "ebs": [{}]},
			{"device_name": "/dev/sdc", "virtual_name": "ephemeral0", "ebs": [{}]},
			{"device_name": "/dev/sdd", "virtual_name": tf.unknown("var.vn"), "ebs": [{}]},
		]}),
	])
}
