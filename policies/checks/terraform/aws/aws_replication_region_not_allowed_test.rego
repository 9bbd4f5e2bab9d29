package evident.checks.terraform.aws_replication_region_not_allowed_test

import data.evident.checks.terraform.aws_replication_region_not_allowed as check
import data.evident.lib.tf_fixtures_test as tf

settings := {"allowed_regions": ["eu-west-1"]}

providers := [tf.provider("aws", "", {"region": "eu-west-1"}), tf.provider("aws", "us", {"region": "us-east-1"})]

resources := [
	tf.res("aws_dynamodb_table", "t", {"replica": [{"region_name": "eu-west-1"}, {"region_name": "us-west-2"}]}),
	tf.res("aws_s3_bucket", "src", {}),
	tf.res_on("aws_s3_bucket", "dst", "aws.us", {}),
	tf.res("aws_s3_bucket_replication_configuration", "r", {"rule": [{"destination": [{"bucket": tf.unknown("aws_s3_bucket.dst.arn")}]}]}),
	tf.res_on("aws_db_instance", "replica", "aws.us", {"replicate_source_db": tf.unknown("aws_db_instance.main.arn")}),
]

test_every_replication_kind if {
	check.deny == {
		{"resource": "aws_dynamodb_table.t", "path": ["config", "replica", 1, "region_name"], "msg": "aws_dynamodb_table.t replicates to us-west-2, outside the allowed regions (eu-west-1)"},
		{"resource": "aws_s3_bucket_replication_configuration.r", "path": ["config", "rule", 0, "destination", 0, "bucket"], "msg": "aws_s3_bucket_replication_configuration.r replicates to aws_s3_bucket.dst in us-east-1, outside the allowed regions (eu-west-1)"},
		{"resource": "aws_db_instance.replica", "path": ["config", "replicate_source_db"], "msg": "aws_db_instance.replica is a read replica in us-east-1, outside the allowed regions (eu-west-1)"},
	} with input as tf.doc_with(resources, providers) with data.settings as settings
}

test_silent_without_list_and_for_unknown_regions if {
	count(check.deny) == 0 with input as tf.doc_with(resources, providers)
	count(check.deny) == 0 with input as tf.doc_with(
		[tf.res("aws_dynamodb_table", "t", {"replica": [{"region_name": tf.unknown("var.r")}]}), tf.res("aws_db_instance", "replica", {"replicate_source_db": "x"})],
		[tf.provider("aws", "", {"region": tf.unknown("var.region")})],
	)
		with data.settings as settings
}
