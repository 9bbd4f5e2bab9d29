package evident.checks.terraform.docdb_tls_disabled_test

import data.evident.checks.terraform.docdb_tls_disabled as check
import data.evident.lib.tf_fixtures_test as tf

group(name, params) := tf.res("aws_docdb_cluster_parameter_group", name, {"family": "docdb5.0", "parameter": params})

test_disabled_is_reported_at_the_value if {
	check.deny == {
		{"resource": "aws_docdb_cluster_parameter_group.docs", "path": ["config", "parameter", 1, "value"], "msg": "aws_docdb_cluster_parameter_group.docs sets tls to disabled: DocumentDB clients connect without TLS"},
		{"resource": "aws_docdb_cluster_parameter_group.upper", "path": ["config", "parameter", 0, "value"], "msg": "aws_docdb_cluster_parameter_group.upper sets tls to disabled: DocumentDB clients connect without TLS"},
	} with input as tf.doc([
		group("docs", [{"name": "audit_logs", "value": "enabled"}, {"name": "tls", "value": "disabled", "apply_method": "pending-reboot"}]),
		group("upper", [{"name": "tls", "value": "DISABLED"}]),
	])
}

test_tls_on_default_and_other_parameters_pass if {
	count(check.deny) == 0 with input as tf.doc([
		group("enabled", [{"name": "tls", "value": "enabled"}]),
		group("fips", [{"name": "tls", "value": "fips-140-3"}]),
		group("tls12", [{"name": "tls", "value": "tls1.2+"}]),
		group("tls13", [{"name": "tls", "value": "TLS1.3+"}]),
		group("other", [{"name": "audit_logs", "value": "disabled"}, {"name": "ttl_monitor", "value": "disabled"}]),
		tf.res("aws_docdb_cluster_parameter_group", "none", {"family": "docdb5.0"}),
		tf.res("aws_docdb_cluster", "cluster", {"parameter": [{"name": "tls", "value": "disabled"}]}),
	])
}

test_unknown_and_dynamic_parameters_pass if {
	count(check.deny) == 0 with input as tf.doc([
		group("value", [{"name": "tls", "value": tf.unknown("var.docdb_tls")}]),
		group("name", [{"name": tf.unknown("var.name"), "value": "disabled"}]),
		tf.res("aws_docdb_cluster_parameter_group", "dyn", {"family": "docdb5.0", "dynamic": {"parameter": [{"for_each": tf.unknown("var.parameters"), "content": [{"name": tf.unknown("parameter.value.name"), "value": tf.unknown("parameter.value.value")}]}]}}),
	])
}
