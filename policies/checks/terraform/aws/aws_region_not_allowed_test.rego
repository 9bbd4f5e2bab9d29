package evident.checks.terraform.aws_region_not_allowed_test

import data.evident.checks.terraform.aws_region_not_allowed as check
import data.evident.lib.tf_fixtures_test as tf

eu := tf.provider("aws", "", {"region": "eu-west-1"})

us := tf.provider("aws", "us", {"region": "us-east-1"})

settings := {"allowed_regions": ["eu-west-1", "eu-central-1"]}

resources := [
	tf.res("aws_s3_bucket", "eu", {}),
	tf.res_on("aws_s3_bucket", "us", "aws.us", {}),
	tf.res_on("aws_s3_bucket", "us2", "aws.us", {}),
	tf.res("aws_s3_bucket", "v6", {"region": "ap-southeast-2"}),
]

test_provider_and_resource_regions_outside_the_list if {
	check.deny == {
		{"resource": "provider.aws.us", "path": ["config", "region"], "msg": "provider.aws.us puts 2 resource(s) and 0 module call(s) in us-east-1, outside the allowed regions (eu-central-1, eu-west-1)"},
		{"resource": "aws_s3_bucket.v6", "path": ["config", "region"], "msg": "aws_s3_bucket.v6 is placed in ap-southeast-2, outside the allowed regions (eu-central-1, eu-west-1)"},
	} with input as tf.doc_with(resources, [eu, us]) with data.settings as settings
}

call(name, config) := {"id": concat(".", ["module", name]), "name": name, "source": "./m", "source_type": "local", "file": "main.tf", "startLine": 1, "endLine": 3, "config": config}

test_module_calls_use_the_default_or_the_passed_provider if {
	check.deny == {
		{"resource": "provider.aws", "path": ["config", "region"], "msg": "provider.aws puts 0 resource(s) and 1 module call(s) in us-east-1, outside the allowed regions (eu-central-1, eu-west-1)"},
		{"resource": "provider.aws.us", "path": ["config", "region"], "msg": "provider.aws.us puts 0 resource(s) and 1 module call(s) in us-west-2, outside the allowed regions (eu-central-1, eu-west-1)"},
	} with input as object.union(tf.doc_with([], [tf.provider("aws", "", {"region": "us-east-1"}), tf.provider("aws", "us", {"region": "us-west-2"}), tf.provider("aws", "eu", {"region": "eu-west-1"})]), {"modules": [
		call("inherits", {}),
		call("passed", {"providers": {"aws": tf.unknown("aws.us")}}),
		call("eu", {"providers": {"aws": tf.unknown("aws.eu")}}),
	]})
		with data.settings as settings
}

# A resource a registry module call creates (created_by) is counted as its
# call, not as one more resource of the provider.
test_resources_a_module_call_creates_count_as_the_call if {
	created := object.union(tf.res("aws_s3_bucket", "this", {}), {"id": "module.docs.aws_s3_bucket.this", "module": "module.docs", "created_by": {"call": "module.docs", "source": "terraform-aws-modules/s3-bucket/aws", "module": "terraform-aws-modules/s3-bucket/aws"}})
	check.deny == {{"resource": "provider.aws", "path": ["config", "region"], "msg": "provider.aws puts 0 resource(s) and 1 module call(s) in us-east-1, outside the allowed regions (eu-central-1, eu-west-1)"}} with input as object.union(tf.doc_with([created], [tf.provider("aws", "", {"region": "us-east-1"})]), {"modules": [call("docs", {})]})
		with data.settings as settings
}

test_no_list_means_no_findings if {
	count(check.deny) == 0 with input as tf.doc_with(resources, [eu, us])
	count(check.deny) == 0 with input as tf.doc_with(resources, [eu, us]) with data.settings as {"allowed_regions": []}
}

test_unused_provider_unknown_region_and_allowed_pass if {
	count(check.deny) == 0 with input as tf.doc_with([tf.res("aws_s3_bucket", "eu", {})], [eu, us]) with data.settings as settings
	count(check.deny) == 0 with input as tf.doc_with([tf.res("aws_s3_bucket", "x", {})], [tf.provider("aws", "", {"region": tf.unknown("var.region")})]) with data.settings as settings
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_s3_bucket", "x", {"region": tf.unknown("var.region")})]) with data.settings as settings
}

# Resources Terraform never creates (count = 0, empty for_each) are placed nowhere.
test_never_created_resources_are_not_counted if {
	never := [
		object.union(tf.res("aws_s3_bucket", "v6_gone", {"region": "ap-southeast-2"}), {"count": 0}),
		object.union(tf.res_on("aws_s3_bucket", "us_gone", "aws.us", {}), {"for_each": {}}),
		tf.res_on("aws_s3_bucket", "us", "aws.us", {}),
	]
	check.deny == {{"resource": "provider.aws.us", "path": ["config", "region"], "msg": "provider.aws.us puts 1 resource(s) and 0 module call(s) in us-east-1, outside the allowed regions (eu-central-1, eu-west-1)"}} with input as tf.doc_with(never, [eu, us]) with data.settings as settings
}
