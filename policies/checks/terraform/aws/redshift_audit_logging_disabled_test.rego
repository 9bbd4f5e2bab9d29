package evident.checks.terraform.redshift_audit_logging_disabled_test

import data.evident.checks.terraform.redshift_audit_logging_disabled as check
import data.evident.lib.tf_fixtures_test as tf

cluster(name, config) := tf.res("aws_redshift_cluster", name, object.union({"cluster_identifier": name, "node_type": "ra3.xlplus"}, config))

logging(name, config) := tf.res("aws_redshift_logging", name, config)

no_logging(id) := {"resource": id, "msg": concat("", [id, " has no audit logging (no logging block and no aws_redshift_logging names it)"])}

test_cluster_without_logging if {
	check.deny == {no_logging("aws_redshift_cluster.w")} with input as tf.doc([cluster("w", {})])
}

test_logging_block_off_or_without_enable if {
	check.deny == {
		{"resource": "aws_redshift_cluster.off", "path": ["config", "logging", 0, "enable"], "msg": "aws_redshift_cluster.off has no audit logging (logging enable = false)"},
		{"resource": "aws_redshift_cluster.bare", "path": ["config", "logging", 0], "msg": "aws_redshift_cluster.bare has no audit logging (the logging block does not set enable = true)"},
		{"resource": "aws_redshift_cluster.nulled", "path": ["config", "logging", 0], "msg": "aws_redshift_cluster.nulled has no audit logging (the logging block does not set enable = true)"},
	} with input as tf.doc([
		cluster("off", {"logging": [{"enable": false, "bucket_name": "logs"}]}),
		cluster("bare", {"logging": [{"bucket_name": "logs"}]}),
		cluster("nulled", {"logging": [{"enable": null}]}),
	])
}

# Provider v4 style: an enabled logging block, to S3 or CloudWatch; an unknown
# enable and a dynamic block are not judged.
test_logging_block_enabled_or_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		cluster("s3", {"logging": [{"enable": true, "bucket_name": "logs", "s3_key_prefix": "redshift/"}]}),
		cluster("cw", {"logging": [{"enable": true, "log_destination_type": "cloudwatch", "log_exports": ["connectionlog", "userlog"]}]}),
		cluster("var", {"logging": [{"enable": tf.unknown("var.audit")}]}),
		cluster("dyn", {"dynamic": {"logging": {"for_each": tf.unknown("var.logging")}}}),
	])
}

# Provider v5 style: a separate aws_redshift_logging names the cluster by
# reference (.id or .cluster_identifier) or by its literal identifier; it
# also covers a cluster whose deprecated block says enable = false.
test_split_logging_resource_pass if {
	check.deny == {no_logging("aws_redshift_cluster.d")} with input as tf.doc([
		cluster("a", {}), cluster("b", {}), cluster("c", {"logging": [{"enable": false}]}), cluster("d", {}),
		logging("a", {"cluster_identifier": tf.unknown("aws_redshift_cluster.a.id"), "log_destination_type": "cloudwatch", "log_exports": ["connectionlog", "userlog"]}),
		logging("b", {"cluster_identifier": tf.unknown("aws_redshift_cluster.b.cluster_identifier"), "log_destination_type": "s3", "bucket_name": "logs"}),
		logging("c", {"cluster_identifier": "c", "log_destination_type": "cloudwatch"}),
		logging("other", {"cluster_identifier": "some-other-cluster", "log_destination_type": "cloudwatch"}),
	])
}

# A logging resource whose cluster is a variable may belong to any cluster.
test_unattributed_logging_silences if {
	count(check.deny) == 0 with input as tf.doc([
		cluster("a", {}), cluster("b", {"logging": [{"enable": false}]}),
		logging("x", {"cluster_identifier": tf.unknown("var.cluster_id"), "log_destination_type": "cloudwatch"}),
	])
}

# A cluster whose identifier is a variable may be the one a literal names; a
# cluster whose literal identifier is not named stays reported.
test_unknown_identifier_and_unmatched_literal if {
	check.deny == {no_logging("aws_redshift_cluster.known")} with input as tf.doc([
		cluster("known", {}),
		cluster("named", {"cluster_identifier": tf.unknown("var.name")}),
		logging("x", {"cluster_identifier": "analytics-prod", "log_destination_type": "cloudwatch"}),
	])
}

test_unknown_identifier_without_logging_is_reported if {
	check.deny == {no_logging("aws_redshift_cluster.named")} with input as tf.doc([
		cluster("named", {"cluster_identifier": tf.unknown("var.name")}),
		logging("k", {"cluster_identifier": "named-too", "log_destination_type": "cloudwatch"}),
		cluster("k", {"cluster_identifier": "named-too"}),
	])
}

call(name, source, config) := {"id": concat(".", ["module", name]), "name": name, "source": source, "source_type": "registry", "file": "main.tf", "startLine": 1, "endLine": 3, "config": config}

created(name, call_id) := object.union(cluster("this", {"cluster_identifier": name}), {"id": concat(".", [call_id, "aws_redshift_cluster.this"]), "created_by": {"call": call_id, "source": "terraform-aws-modules/redshift/aws", "module": "terraform-aws-modules/redshift/aws"}})

# A registry module's cluster is reported when the call passes no logging
# argument (the module's default: none); with one, the model does not carry it.
test_module_created_clusters if {
	check.deny == {no_logging("module.plain.aws_redshift_cluster.this")} with input as object.union(
		tf.doc([created("plain", "module.plain"), created("v6", "module.v6"), created("v3", "module.v3"), created("var", "module.var")]),
		{"modules": [
			call("plain", "terraform-aws-modules/redshift/aws", {"cluster_identifier": "plain"}),
			call("v6", "terraform-aws-modules/redshift/aws", {"logging": {"enable": true, "log_destination_type": "cloudwatch"}}),
			call("v3", "terraform-aws-modules/redshift/aws", {"enable_logging": true, "logging_bucket_name": "logs"}),
			call("var", "terraform-aws-modules/redshift/aws", {"logging": tf.unknown("var.logging")}),
		]},
	)
}

# A module whose code the checks do not see may enable the logging of a cluster it is given.
test_cluster_passed_to_an_unmodelled_module_is_not_reported if {
	check.deny == {no_logging("aws_redshift_cluster.b")} with input as object.union(tf.doc([cluster("a", {}), cluster("b", {})]), {"modules": [
		{"id": "module.audit", "name": "audit", "source": "./redshift-audit", "source_type": "local", "file": "main.tf", "startLine": 1, "endLine": 3, "config": {"cluster_id": tf.unknown("aws_redshift_cluster.a.id")}},
	]})
}

# Other resource types are not read: Redshift Serverless logs differently.
test_other_types_are_ignored if {
	check.deny == {no_logging("aws_redshift_cluster.w")} with input as tf.doc([
		tf.res("aws_redshiftserverless_namespace", "ns", {"namespace_name": "analytics"}),
		tf.res("aws_db_instance", "db", {"engine": "postgres"}),
		cluster("w", {}),
	])
}

# Providers before v2: the top-level enable_logging, when true or unknown.
test_legacy_enable_logging if {
	check.deny == {no_logging("aws_redshift_cluster.off")} with input as tf.doc([
		cluster("on", {"enable_logging": true, "bucket_name": "logs"}),
		cluster("var", {"enable_logging": tf.unknown("var.logging")}),
		cluster("off", {"enable_logging": false}),
	])
}
