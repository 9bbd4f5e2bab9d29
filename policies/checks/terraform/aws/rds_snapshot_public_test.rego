package evident.checks.terraform.rds_snapshot_public_test

import data.evident.checks.terraform.rds_snapshot_public as check
import data.evident.lib.tf_fixtures_test as tf

test_public if {
	check.deny == {{"resource": "aws_db_cluster_snapshot.s", "path": ["config", "shared_accounts", 1], "msg": "aws_db_cluster_snapshot.s is shared with all AWS accounts (shared_accounts contains \"all\")"}} with input as tf.doc([tf.res("aws_db_cluster_snapshot", "s", {"shared_accounts": ["123456789012", "all"]})])
}

test_private_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_db_snapshot", "a", {"shared_accounts": ["123456789012"]}),
		tf.res("aws_db_snapshot", "b", {"shared_accounts": tf.unknown("var.accounts")}),
		tf.res("aws_db_snapshot", "c", {}),
	])
}
