package evident.checks.terraform.cloudtrail_missing_test

import data.evident.checks.terraform.cloudtrail_missing as check
import data.evident.lib.tf_fixtures_test as tf

aws := tf.provider("aws", "", {"region": "eu-west-1"})

test_root_without_trail if {
	check.deny == {{"resource": "provider.aws", "msg": "module . configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail"}} with input as tf.doc_with([tf.res("aws_s3_bucket", "b", {})], [aws])
}

test_trail_child_module_and_trail_module_pass if {
	count(check.deny) == 0 with input as tf.doc_with([tf.res("aws_s3_bucket", "b", {}), tf.res("aws_cloudtrail", "t", {})], [aws])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_s3_bucket", "b", {})])
	count(check.deny) == 0 with input as object.union(tf.doc_with([tf.res("aws_s3_bucket", "b", {})], [aws]), {"modules": [{"id": "module.audit", "name": "audit", "source": "cloudposse/cloudtrail/aws"}]})
	count(check.deny) == 0 with input as tf.doc_with([], [aws])
}

# A scanned local module that declares a trail (or an event data store), whatever its name.
test_local_module_declaring_a_trail_passes if {
	root := tf.doc_with([tf.res("aws_s3_bucket", "b", {})], [aws])
	count(check.deny) == 0 with input as object.union(root, {"modules": [{"id": "module.audit", "name": "audit", "source": "./modules/audit", "declares": ["aws_cloudtrail", "aws_s3_bucket"]}]})
	count(check.deny) == 0 with input as object.union(root, {"modules": [{"id": "module.lake", "name": "lake", "source": "./modules/lake", "declares": ["aws_cloudtrail_event_data_store"]}]})
	check.deny == {{"resource": "provider.aws", "msg": "module . configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail"}} with input as object.union(root, {"modules": [{"id": "module.audit", "name": "audit", "source": "./modules/audit", "declares": ["aws_s3_bucket"]}]})

	# Nor does "trail" in its name, when its code is read and declares no trail.
	check.deny == {{"resource": "provider.aws", "msg": "module . configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail"}} with input as object.union(root, {"modules": [{"id": "module.cloudtrail_bucket", "name": "cloudtrail_bucket", "source": "./modules/bucket", "declares": ["aws_s3_bucket"]}]})
}

# A stopped trail still counts as declared here (EVD-TF-043 reports it at enable_logging).
test_stopped_trail_counts_as_declared if {
	count(check.deny) == 0 with input as tf.doc_with([tf.res("aws_s3_bucket", "b", {}), tf.res("aws_cloudtrail", "t", {"enable_logging": false})], [aws])
}

# A module another scanned module calls through a local source is a child, whatever provider blocks it declares.
test_called_child_with_a_provider_block_passes if {
	count(check.deny) == 0 with input as object.union(tf.doc_with([tf.res("aws_s3_bucket", "b", {})], [aws]), {"path": "modules/region", "callers": ["."]})
	check.deny == {{"resource": "provider.aws", "msg": "module modules/region configures provider \"aws\" and creates AWS resources but declares no aws_cloudtrail"}} with input as object.union(tf.doc_with([tf.res("aws_s3_bucket", "b", {})], [aws]), {"path": "modules/region"})
}
