package evident.checks.terraform.eks_public_endpoint_test

import data.evident.checks.terraform.eks_public_endpoint as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_open_cidr if {
	check.deny == {
		{"resource": "aws_eks_cluster.a", "path": ["config", "vpc_config", 0], "msg": "aws_eks_cluster.a exposes its API endpoint publicly without restricting public_access_cidrs"},
		{"resource": "aws_eks_cluster.b", "path": ["config", "vpc_config", 0, "public_access_cidrs", 0], "msg": "aws_eks_cluster.b exposes its API endpoint to 0.0.0.0/0"},
	} with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"vpc_config": [{"subnet_ids": ["s"]}]}),
		tf.res("aws_eks_cluster", "b", {"vpc_config": [{"endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]}]}),
	])
}

test_private_restricted_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"vpc_config": [{"endpoint_public_access": false}]}),
		tf.res("aws_eks_cluster", "b", {"vpc_config": [{"public_access_cidrs": ["203.0.113.0/24"]}]}),
		tf.res("aws_eks_cluster", "c", {"vpc_config": [{"endpoint_public_access": tf.unknown("var.public")}]}),
		tf.res("aws_eks_cluster", "d", {"vpc_config": [{"public_access_cidrs": tf.unknown("var.cidrs")}]}),
	])
}
