package evident.checks.cloudformation.ec2_instance_volume_unencrypted_test

import data.evident.checks.cloudformation.ec2_instance_volume_unencrypted as check

res(type, props) := {"id": "Server", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

instance(mappings) := res("AWS::EC2::Instance", {"ImageId": "ami-1", "BlockDeviceMappings": mappings})

unknown(expr) := {"__unknown__": expr, "refs": ["P"]}

test_instance_mappings_reported if {
	check.deny == {
		{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 0, "Ebs"], "msg": "Server block device /dev/sdf does not set Encrypted: true"},
		{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 1, "Ebs", "Encrypted"], "msg": "Server block device /dev/sdf sets Encrypted to false"},
		{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 2, "Ebs"], "msg": "Server block device does not set Encrypted: true"},
		{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 3, "Ebs", "Encrypted"], "msg": "Server block device /dev/sdh sets Encrypted to false"},
	} with input as {"resources": [instance([
		{"DeviceName": "/dev/sdf", "NoDevice": null, "VirtualName": "", "Ebs": {"VolumeSize": 50, "SnapshotId": ""}},
		{"DeviceName": "/dev/sdf", "Ebs": {"Encrypted": false}},
		{"DeviceName": unknown("Ref Device"), "Ebs": {"Encrypted": null}},
		{"DeviceName": "/dev/sdh", "NoDevice": false, "Ebs": {"Encrypted": "False"}},
	])]}
}

test_launch_template_and_configuration_reported if {
	check.deny == {{"resource": "Server", "path": ["properties", "LaunchTemplateData", "BlockDeviceMappings", 0, "Ebs"], "msg": "Server block device /dev/sdg does not set Encrypted: true"}} with input as {"resources": [res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"BlockDeviceMappings": [{"DeviceName": "/dev/sdg", "Ebs": {"VolumeSize": 100}}]}})]}
	check.deny == {{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 0, "Ebs", "Encrypted"], "msg": "Server block device /dev/xvda sets Encrypted to false"}} with input as {"resources": [res("AWS::AutoScaling::LaunchConfiguration", {"BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"Encrypted": "false"}}]})]}
}

test_encrypted_and_unknown_not_reported if {
	count(check.deny) == 0 with input as {"resources": [instance([
		{"DeviceName": "/dev/xvda", "Ebs": {"Encrypted": true}},
		{"DeviceName": "/dev/sdb", "Ebs": {"Encrypted": "true"}},
		{"DeviceName": "/dev/sdc", "Ebs": {"Encrypted": unknown("Ref Encrypt")}},
		{"DeviceName": "/dev/sdd", "Ebs": unknown("Fn::If C")},
		{"DeviceName": "/dev/sde", "Ebs": null},
		unknown("Fn::If C"),
	])]}
	count(check.deny) == 0 with input as {"resources": [res("AWS::EC2::Instance", {"BlockDeviceMappings": unknown("Fn::If C")})]}
	count(check.deny) == 0 with input as {"resources": [res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": unknown("Fn::If C")})]}
}

test_no_mappings_not_reported if {
	count(check.deny) == 0 with input as {"resources": [
		res("AWS::EC2::Instance", {"ImageId": "ami-1"}),
		res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"ImageId": "ami-1"}}),
		res("AWS::AutoScaling::LaunchConfiguration", {"ImageId": "ami-1"}),
		res("AWS::EC2::Instance", {"BlockDeviceMappings": [{"DeviceName": "/dev/sdb"}]}),
	]}
}

test_snapshot_suppressed_and_instance_store_not_reported if {
	count(check.deny) == 0 with input as {"resources": [instance([
		{"DeviceName": "/dev/sdb", "Ebs": {"SnapshotId": "snap-1"}},
		{"DeviceName": "/dev/sdc", "Ebs": {"SnapshotId": unknown("Ref Snap")}},
		{"DeviceName": "/dev/sdd", "NoDevice": {}, "Ebs": {}},
		{"DeviceName": "/dev/sde", "NoDevice": "", "Ebs": {}},
		{"DeviceName": "/dev/sdf", "NoDevice": true, "Ebs": {}},
		{"DeviceName": "/dev/sdg", "VirtualName": "ephemeral0", "Ebs": {}},
	])]}
}

# A usual root device name without Encrypted only resizes the AMI's root volume (its snapshot decides); false is judged.
test_root_device_judged_only_when_false if {
	check.deny == {{"resource": "Server", "path": ["properties", "BlockDeviceMappings", 1, "Ebs", "Encrypted"], "msg": "Server block device /dev/sda1 sets Encrypted to false"}} with input as {"resources": [res("AWS::EC2::Instance", {"BlockDeviceMappings": [
		{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 50}},
		{"DeviceName": "/dev/sda1", "Ebs": {"Encrypted": false}},
		{"DeviceName": "/dev/nvme0n1", "Ebs": {"VolumeType": "gp3"}},
	]})]}
}
