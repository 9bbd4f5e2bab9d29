package evident.checks.terraform.mq_broker_audit_logs_disabled_test

import data.evident.checks.terraform.mq_broker_audit_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_missing_block_absent_null_and_false_audit if {
	check.deny == {
		{"resource": "aws_mq_broker.a", "msg": "aws_mq_broker.a has no logs block: ActiveMQ audit logs are not published"},
		{"resource": "aws_mq_broker.b", "path": ["config", "logs", 0], "msg": "aws_mq_broker.b logs block does not set audit = true: ActiveMQ audit logs are not published"},
		{"resource": "aws_mq_broker.c", "path": ["config", "logs", 0], "msg": "aws_mq_broker.c logs block does not set audit = true: ActiveMQ audit logs are not published"},
		{"resource": "aws_mq_broker.d", "path": ["config", "logs", 0, "audit"], "msg": "aws_mq_broker.d sets logs audit = false: ActiveMQ audit logs are not published"},
	} with input as tf.doc([
		tf.res("aws_mq_broker", "a", {"engine_type": "ActiveMQ"}),
		tf.res("aws_mq_broker", "b", {"engine_type": "activemq", "logs": [{"general": true}]}),
		tf.res("aws_mq_broker", "c", {"engine_type": "ACTIVEMQ", "logs": [{"audit": null, "general": true}]}),
		tf.res("aws_mq_broker", "d", {"engine_type": "ActiveMQ", "logs": [{"audit": false, "general": true}]}),
	])
}

test_audit_on_rabbitmq_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_mq_broker", "a", {"engine_type": "ActiveMQ", "logs": [{"audit": true}]}),
		tf.res("aws_mq_broker", "b", {"engine_type": "RabbitMQ"}),
		tf.res("aws_mq_broker", "c", {"engine_type": "RabbitMQ", "logs": [{"general": true}]}),
		tf.res("aws_mq_broker", "d", {"engine_type": tf.unknown("var.engine")}),
		tf.res("aws_mq_broker", "e", {"engine_type": "ActiveMQ", "logs": [{"audit": tf.unknown("var.audit")}]}),
		tf.res("aws_mq_broker", "f", {"engine_type": "ActiveMQ", "dynamic": {"logs": [{"for_each": tf.unknown("var.logs"), "content": [{"audit": true}]}]}}),
		tf.res("aws_mq_broker", "g", {}),
	])
}

# Each literal logs block is checked (b: the general log alone is the
# second block's only setting).
test_every_logs_block_is_checked if {
	check.deny == {{"resource": "aws_mq_broker.b", "path": ["config", "logs", 1], "msg": "aws_mq_broker.b logs block does not set audit = true: ActiveMQ audit logs are not published"}} with input as tf.doc([
		tf.res("aws_mq_broker", "a", {"engine_type": "ActiveMQ", "logs": [{"audit": true, "general": true}]}),
		tf.res("aws_mq_broker", "b", {"engine_type": "ActiveMQ", "logs": [{"audit": true}, {"general": true}]}),
	])
}
