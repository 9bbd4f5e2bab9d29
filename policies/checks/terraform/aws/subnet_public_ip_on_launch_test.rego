package evident.checks.terraform.subnet_public_ip_on_launch_test

import data.evident.checks.terraform.subnet_public_ip_on_launch as check
import data.evident.lib.tf_fixtures_test as tf

test_public_by_default_is_reported if {
	check.deny == {
		{"resource": "aws_subnet.a", "path": ["config", "map_public_ip_on_launch"], "msg": "aws_subnet.a gives every instance launched into it a public IP address (map_public_ip_on_launch = true)"},
		{"resource": "aws_subnet.b", "path": ["config", "map_public_ip_on_launch"], "msg": "aws_subnet.b gives every instance launched into it a public IP address (map_public_ip_on_launch = true)"},
	} with input as tf.doc([
		tf.res("aws_subnet", "a", {"vpc_id": "vpc-1", "cidr_block": "10.0.0.0/24", "map_public_ip_on_launch": true}),
		tf.res("aws_subnet", "b", {"vpc_id": "vpc-1", "cidr_block": "10.0.1.0/24", "map_public_ip_on_launch": "true"}),
	])
}

# False, unset (the default), unknown.
test_private_subnets_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_subnet", "a", {"vpc_id": "vpc-1", "map_public_ip_on_launch": false}),
		tf.res("aws_subnet", "b", {"vpc_id": "vpc-1"}),
		tf.res("aws_subnet", "c", {"vpc_id": "vpc-1", "map_public_ip_on_launch": tf.unknown("var.public")}),
	])
}
