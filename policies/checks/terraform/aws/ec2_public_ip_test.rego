package evident.checks.terraform.ec2_public_ip_test

import data.evident.checks.terraform.ec2_public_ip as check
import data.evident.lib.tf_fixtures_test as tf

test_public_addresses_are_reported if {
	check.deny == {
		{"resource": "aws_instance.a", "path": ["config", "associate_public_ip_address"], "msg": "aws_instance.a requests a public IP address for its instance (associate_public_ip_address = true)"},
		{"resource": "aws_launch_configuration.b", "path": ["config", "associate_public_ip_address"], "msg": "aws_launch_configuration.b requests a public IP address for its instance (associate_public_ip_address = true)"},
		{"resource": "aws_spot_instance_request.d", "path": ["config", "associate_public_ip_address"], "msg": "aws_spot_instance_request.d requests a public IP address for its instance (associate_public_ip_address = true)"},
		{"resource": "aws_launch_template.c", "path": ["config", "network_interfaces", 1, "associate_public_ip_address"], "msg": "aws_launch_template.c gives the instances it launches a public IP address (associate_public_ip_address = true)"},
	} with input as tf.doc([
		tf.res("aws_instance", "a", {"ami": "ami-1", "associate_public_ip_address": true}),
		tf.res("aws_launch_configuration", "b", {"image_id": "ami-1", "associate_public_ip_address": true}),
		tf.res("aws_launch_template", "c", {"network_interfaces": [{"device_index": 0, "associate_public_ip_address": "false"}, {"device_index": 1, "associate_public_ip_address": "true"}]}),
		tf.res("aws_spot_instance_request", "d", {"ami": "ami-1", "associate_public_ip_address": true}),
	])
}

# False, unset, unknown, a template without interfaces.
test_private_instances_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "a", {"ami": "ami-1", "associate_public_ip_address": false}),
		tf.res("aws_instance", "b", {"ami": "ami-1"}),
		tf.res("aws_launch_configuration", "c", {"image_id": "ami-1", "associate_public_ip_address": tf.unknown("var.public")}),
		tf.res("aws_launch_template", "d", {"network_interfaces": [{"associate_public_ip_address": tf.unknown("var.public")}]}),
		tf.res("aws_launch_template", "e", {"image_id": "ami-1"}),
	])
}

test_ecs_services_that_give_tasks_public_addresses_are_reported if {
	check.deny == {{
		"resource": "aws_ecs_service.intake", "path": ["config", "network_configuration", 0, "assign_public_ip"],
		"msg": "aws_ecs_service.intake gives its tasks public IP addresses (assign_public_ip = true)",
	}} with input as tf.doc([
		tf.res("aws_ecs_service", "intake", {"network_configuration": [{"subnets": ["subnet-1"], "assign_public_ip": true}]}),
		tf.res("aws_ecs_service", "records", {"network_configuration": [{"subnets": ["subnet-1"], "assign_public_ip": false}]}),
		tf.res("aws_ecs_service", "default", {"network_configuration": [{"subnets": ["subnet-1"]}]}),
		tf.res("aws_ecs_service", "unknown", {"network_configuration": [{"subnets": ["subnet-1"], "assign_public_ip": tf.unknown("var.public")}]}),
		tf.res("aws_ecs_service", "bridge", {"task_definition": "bridge"}),
	])
}
