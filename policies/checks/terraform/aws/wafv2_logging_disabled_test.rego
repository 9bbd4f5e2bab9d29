package evident.checks.terraform.wafv2_logging_disabled_test

import data.evident.checks.terraform.wafv2_logging_disabled as check
import data.evident.lib.tf_fixtures_test as tf

msg(id) := concat("", [id, " has no aws_wafv2_web_acl_logging_configuration (the requests it inspects are not logged)"])

acl(name) := tf.res("aws_wafv2_web_acl", name, {"name": name, "scope": "REGIONAL"})

logging(name, arn) := tf.res("aws_wafv2_web_acl_logging_configuration", name, {"resource_arn": arn, "log_destination_configs": [tf.unknown("aws_cloudwatch_log_group.waf.arn")]})

test_acl_without_logging_is_reported if {
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as tf.doc([
		acl("api"), acl("portal"),
		logging("portal", tf.unknown("aws_wafv2_web_acl.portal.arn")),
	])
}

test_logging_by_reference_passes if {
	count(check.deny) == 0 with input as tf.doc([acl("api"), logging("api", tf.unknown("aws_wafv2_web_acl.api.arn"))])
}

# A literal ARN names a web ACL that exists already, not this one.
test_literal_arn_does_not_silence if {
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as tf.doc([
		acl("api"),
		logging("legacy", "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/legacy/a1b2c3"),
	])
}

# A logging configuration whose web ACL cannot be resolved (a variable, each.value,
# a module output) may be this one's; one naming a web ACL a registry module of
# this module creates is resolved.
test_unattributed_logging_silences if {
	count(check.deny) == 0 with input as tf.doc([acl("api"), logging("any", tf.unknown("var.web_acl_arn"))])
	count(check.deny) == 0 with input as tf.doc([acl("api"), logging("any", tf.unknown("module.waf.web_acl_arn"))])
	count(check.deny) == 0 with input as tf.doc([acl("api"), logging("any", {"__unknown__": "each.value.arn", "refs": ["each.value.arn"]})])
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as tf.doc([
		acl("api"),
		logging("other", tf.unknown("module.edge.aws_wafv2_web_acl.this")),
	])
}

module_call(name, config, declares) := {"id": concat(".", ["module", name]), "name": name, "source": "./modules/waf-logging", "source_type": "local", "file": "main.tf", "startLine": 1, "endLine": 4, "config": config, "declares": declares}

test_acl_passed_to_a_module_declaring_logging if {
	count(check.deny) == 0 with input as object.union(tf.doc([acl("api")]), {"modules": [module_call("logs", {"web_acl_arn": tf.unknown("aws_wafv2_web_acl.api.arn")}, [logging_type_name])]})
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as object.union(tf.doc([acl("api")]), {"modules": [module_call("alarms", {"web_acl_arn": tf.unknown("aws_wafv2_web_acl.api.arn")}, ["aws_cloudwatch_metric_alarm"])]})
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as object.union(tf.doc([acl("api")]), {"modules": [module_call("logs", {"name": "other"}, [logging_type_name])]})
}

logging_type_name := "aws_wafv2_web_acl_logging_configuration"

registry_call(config) := {"id": "module.waf_logs", "name": "waf_logs", "source": "acme/waf-logging/aws", "source_type": "registry", "config": config}

# A registry or git module (no `declares`, no model) may create the logging configuration.
test_acl_passed_to_a_module_whose_code_is_not_read if {
	count(check.deny) == 0 with input as object.union(tf.doc([acl("api")]), {"modules": [registry_call({"web_acl_arn": tf.unknown("aws_wafv2_web_acl.api.arn")})]})
	check.deny == {{"resource": "aws_wafv2_web_acl.api", "msg": msg("aws_wafv2_web_acl.api")}} with input as object.union(tf.doc([acl("api")]), {"modules": [registry_call({"name": "other"})]})
}
