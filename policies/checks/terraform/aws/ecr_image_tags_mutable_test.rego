package evident.checks.terraform.ecr_image_tags_mutable_test

import data.evident.checks.terraform.ecr_image_tags_mutable as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_mutable if {
	check.deny == {
		{"resource": "aws_ecr_repository.a", "msg": "aws_ecr_repository.a uses mutable image tags (image_tag_mutability defaults to MUTABLE)"},
		{"resource": "aws_ecr_repository.b", "path": ["config", "image_tag_mutability"], "msg": "aws_ecr_repository.b sets image_tag_mutability = MUTABLE"},
	} with input as tf.doc([tf.res("aws_ecr_repository", "a", {}), tf.res("aws_ecr_repository", "b", {"image_tag_mutability": "MUTABLE"})])
}

test_immutable_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_ecr_repository", "a", {"image_tag_mutability": "IMMUTABLE"}), tf.res("aws_ecr_repository", "b", {"image_tag_mutability": tf.unknown("var.m")})])
}
