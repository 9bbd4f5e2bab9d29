package evident.checks.cloudformation.ecs_efs_volume_transit_unencrypted_test

import data.evident.checks.cloudformation.ecs_efs_volume_transit_unencrypted as check

task(volumes) := {"id": "RecordsTask", "type": "AWS::ECS::TaskDefinition", "properties": {"ContainerDefinitions": [{"Name": "app", "Image": "records:1.4"}], "Volumes": volumes}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

test_unset_and_disabled_are_reported if {
	check.deny == {
		{
			"resource": "RecordsTask",
			"path": ["properties", "Volumes", 0, "EFSVolumeConfiguration"],
			"msg": "RecordsTask mounts the EFS volume \"records\" without transit encryption (TransitEncryption is not set: DISABLED by default)",
		},
		{
			"resource": "RecordsTask",
			"path": ["properties", "Volumes", 1, "EFSVolumeConfiguration", "TransitEncryption"],
			"msg": "RecordsTask mounts the EFS volume (unnamed) without transit encryption (TransitEncryption: DISABLED)",
		},
	} with input as {"resources": [task([
		{"Name": "records", "EFSVolumeConfiguration": {"FilesystemId": "fs-1"}},
		{"EFSVolumeConfiguration": {"FilesystemId": "fs-1", "TransitEncryption": "DISABLED"}},
	])]}
}

# Enabled, unknown (Fn::If, a Ref), a volume that is not EFS, a volume that is unknown as a whole.
test_enabled_unknown_and_other_volumes_pass if {
	count(check.deny) == 0 with input as {"resources": [task([
		{"Name": "records", "EFSVolumeConfiguration": {"FilesystemId": "fs-1", "TransitEncryption": "ENABLED"}},
		{"Name": "uploads", "EFSVolumeConfiguration": {"FilesystemId": "fs-1", "TransitEncryption": {"__unknown__": "Fn::If", "refs": []}}},
		{"Name": "scratch", "Host": {"SourcePath": "/ecs/scratch"}},
		{"__unknown__": "Fn::If", "refs": []},
	])]}
	count(check.deny) == 0 with input as {"resources": [task({"__unknown__": "Ref Volumes", "refs": ["Volumes"]})]}
}
