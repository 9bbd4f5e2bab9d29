package evident.checks.terraform.mq_broker_public_test

import data.evident.checks.terraform.mq_broker_public as check
import data.evident.lib.tf_fixtures_test as tf

test_public_broker_is_reported if {
	check.deny == {{
		"resource": "aws_mq_broker.orders",
		"path": ["config", "publicly_accessible"],
		"msg": "aws_mq_broker.orders is publicly accessible from the internet",
	}} with input as tf.doc([tf.res("aws_mq_broker", "orders", {"engine_type": "RabbitMQ", "publicly_accessible": true})])
}

test_private_default_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_mq_broker", "a", {"engine_type": "ActiveMQ", "publicly_accessible": false}),
		tf.res("aws_mq_broker", "b", {"engine_type": "ActiveMQ"}),
		tf.res("aws_mq_broker", "c", {"engine_type": "ActiveMQ", "publicly_accessible": null}),
		tf.res("aws_mq_broker", "d", {"engine_type": "RabbitMQ", "publicly_accessible": tf.unknown("var.public")}),
	])
}
