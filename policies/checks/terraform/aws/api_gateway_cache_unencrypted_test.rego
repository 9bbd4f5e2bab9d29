package evident.checks.terraform.api_gateway_cache_unencrypted_test

import data.evident.checks.terraform.api_gateway_cache_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

api_id := tf.unknown("aws_api_gateway_rest_api.api.id")

# method_settings(name, stage_name, settings): method settings of the REST API api.
method_settings(name, stage_name, settings) := tf.res("aws_api_gateway_method_settings", name, {
	"rest_api_id": api_id,
	"stage_name": stage_name,
	"method_path": "*/*",
	"settings": [settings],
})

stage(name, stage_name, config) := tf.res("aws_api_gateway_stage", name, object.union({"rest_api_id": api_id, "stage_name": stage_name}, config))

prod_ref := tf.unknown("aws_api_gateway_stage.prod.stage_name")

test_caching_without_encryption_is_reported if {
	check.deny == {
		{"resource": "aws_api_gateway_method_settings.absent", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.absent sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.null", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.null sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.false", "path": ["config", "settings", 0, "cache_data_encrypted"], "msg": "aws_api_gateway_method_settings.false sets cache_data_encrypted = false while caching_enabled = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.text", "path": ["config", "settings", 0, "cache_data_encrypted"], "msg": "aws_api_gateway_method_settings.text sets cache_data_encrypted = false while caching_enabled = true (cached API responses are stored unencrypted)"},
	} with input as tf.doc([
		stage("prod", "prod", {"cache_cluster_enabled": true, "cache_cluster_size": "0.5"}),
		method_settings("absent", prod_ref, {"caching_enabled": true, "cache_ttl_in_seconds": 300}),
		method_settings("null", prod_ref, {"caching_enabled": true, "cache_data_encrypted": null}),
		method_settings("false", prod_ref, {"caching_enabled": true, "cache_data_encrypted": false}),
		method_settings("text", prod_ref, {"caching_enabled": "true", "cache_data_encrypted": "false"}),
	])
}

test_stage_cluster_unknown_or_elsewhere_is_reported if {
	check.deny == {
		{"resource": "aws_api_gateway_method_settings.unknown_cluster", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.unknown_cluster sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.literal", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.literal sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.elsewhere", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.elsewhere sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
		{"resource": "aws_api_gateway_method_settings.other_api", "path": ["config", "settings", 0, "caching_enabled"], "msg": "aws_api_gateway_method_settings.other_api sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)"},
	} with input as tf.doc([
		stage("prod", "prod", {"cache_cluster_enabled": tf.unknown("var.cache")}),
		stage("live", "live", {"cache_cluster_enabled": true}),
		stage("dev", "dev", {}),
		method_settings("unknown_cluster", prod_ref, {"caching_enabled": true}),
		method_settings("literal", "live", {"caching_enabled": true}),
		# A stage of another module or a variable: its cache cluster is not known.
		method_settings("elsewhere", tf.unknown("var.stage_name"), {"caching_enabled": true}),
		# The same literal stage name on another API is another stage.
		tf.res("aws_api_gateway_method_settings", "other_api", {"rest_api_id": tf.unknown("aws_api_gateway_rest_api.other.id"), "stage_name": "dev", "method_path": "*/*", "settings": [{"caching_enabled": true}]}),
	])
}

test_encrypted_off_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		stage("prod", "prod", {"cache_cluster_enabled": true}),
		method_settings("encrypted", prod_ref, {"caching_enabled": true, "cache_data_encrypted": true}),
		method_settings("encrypted_text", prod_ref, {"caching_enabled": "true", "cache_data_encrypted": "true"}),
		method_settings("off", prod_ref, {"caching_enabled": false, "cache_data_encrypted": false}),
		method_settings("absent", prod_ref, {"metrics_enabled": true, "logging_level": "INFO"}),
		method_settings("unknown_encryption", prod_ref, {"caching_enabled": true, "cache_data_encrypted": tf.unknown("var.encrypt")}),
		method_settings("unknown_caching", prod_ref, {"caching_enabled": tf.unknown("var.cache"), "cache_data_encrypted": false}),
		tf.res("aws_api_gateway_method_settings", "dyn", {"stage_name": prod_ref, "dynamic": {"settings": [{"for_each": tf.unknown("var.settings"), "content": [{"caching_enabled": true}]}]}}),
	])
}

test_stage_without_cache_cluster_passes if {
	count(check.deny) == 0 with input as tf.doc([
		stage("prod", "prod", {}),
		stage("live", "live", {"cache_cluster_enabled": false}),
		method_settings("by_reference", prod_ref, {"caching_enabled": true}),
		method_settings("by_name", "live", {"caching_enabled": true, "cache_data_encrypted": false}),
	])

	# A cache cluster alone, without method settings that turn caching on, caches nothing.
	count(check.deny) == 0 with input as tf.doc([stage("prod", "prod", {"cache_cluster_enabled": true, "cache_cluster_size": "0.5"})])
}
