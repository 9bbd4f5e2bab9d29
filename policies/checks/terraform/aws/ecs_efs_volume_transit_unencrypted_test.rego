package evident.checks.terraform.ecs_efs_volume_transit_unencrypted_test

import data.evident.checks.terraform.ecs_efs_volume_transit_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

task(name, volumes) := tf.res("aws_ecs_task_definition", name, {"family": name, "container_definitions": "[]", "volume": volumes})

efs(config) := object.union({"file_system_id": tf.unknown("aws_efs_file_system.records.id")}, config)

test_unset_and_disabled_are_reported if {
	check.deny == {
		{
			"resource": "aws_ecs_task_definition.a",
			"path": ["config", "volume", 0, "efs_volume_configuration", 0],
			"msg": "aws_ecs_task_definition.a mounts the EFS volume \"records\" without transit encryption (transit_encryption is not set: DISABLED by default)",
		},
		{
			"resource": "aws_ecs_task_definition.a",
			"path": ["config", "volume", 1, "efs_volume_configuration", 0, "transit_encryption"],
			"msg": "aws_ecs_task_definition.a mounts the EFS volume \"uploads\" without transit encryption (transit_encryption = \"DISABLED\")",
		},
	} with input as tf.doc([task("a", [
		{"name": "records", "efs_volume_configuration": [efs({"root_directory": "/opt/data"})]},
		{"name": "uploads", "efs_volume_configuration": [efs({"transit_encryption": "DISABLED"})]},
	])])
}

# Enabled, unknown, a volume that is not EFS (a bind mount, Docker volume), a dynamic volume.
test_enabled_unknown_and_other_volumes_pass if {
	count(check.deny) == 0 with input as tf.doc([
		task("a", [
			{"name": "records", "efs_volume_configuration": [efs({"transit_encryption": "ENABLED"})]},
			{"name": "uploads", "efs_volume_configuration": [efs({"transit_encryption": tf.unknown("var.transit")})]},
			{"name": "scratch", "host_path": "/ecs/scratch"},
			{"name": "cache", "docker_volume_configuration": [{"scope": "task"}]},
		]),
		tf.res("aws_ecs_task_definition", "b", {"dynamic": {"volume": [{"for_each": tf.unknown("var.volumes"), "content": [{}]}]}}),
	])
}

# A volume block written as an object (Terraform 0.11) is located without an index.
test_a_block_written_as_an_object if {
	check.deny == {{
		"resource": "aws_ecs_task_definition.a",
		"path": ["config", "volume", "efs_volume_configuration"],
		"msg": "aws_ecs_task_definition.a mounts the EFS volume (unnamed) without transit encryption (transit_encryption is not set: DISABLED by default)",
	}} with input as tf.doc([tf.res("aws_ecs_task_definition", "a", {"volume": {"efs_volume_configuration": {"file_system_id": "fs-1"}}})])
}
