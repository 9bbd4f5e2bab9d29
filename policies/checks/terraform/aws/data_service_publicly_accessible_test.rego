package evident.checks.terraform.data_service_publicly_accessible_test

import data.evident.checks.terraform.data_service_publicly_accessible as check
import data.evident.lib.tf_fixtures_test as tf

public_msg(id) := concat("", [id, " is publicly accessible from the internet"])

default_msg(id) := concat("", [id, " does not set publicly_accessible = false: it is publicly accessible from the internet (the default is true)"])

test_every_type_set_public_is_reported if {
	check.deny == {
		{"resource": "aws_redshift_cluster.warehouse", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_redshift_cluster.warehouse")},
		{"resource": "aws_redshiftserverless_workgroup.analytics", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_redshiftserverless_workgroup.analytics")},
		{"resource": "aws_dms_replication_instance.migration", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_dms_replication_instance.migration")},
		{"resource": "aws_dms_instance_profile.homogeneous", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_dms_instance_profile.homogeneous")},
		{"resource": "aws_neptune_cluster_instance.graph", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_neptune_cluster_instance.graph")},
		{"resource": "aws_neptunegraph_graph.referrals", "path": ["config", "public_connectivity"], "msg": public_msg("aws_neptunegraph_graph.referrals")},
		{"resource": "aws_lightsail_database.clinic", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_lightsail_database.clinic")},
		{"resource": "aws_timestreaminfluxdb_db_instance.vitals", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_timestreaminfluxdb_db_instance.vitals")},
		{"resource": "aws_timestreaminfluxdb_db_cluster.vitals", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_timestreaminfluxdb_db_cluster.vitals")},
	} with input as tf.doc([
		tf.res("aws_redshift_cluster", "warehouse", {"publicly_accessible": true}),
		tf.res("aws_redshiftserverless_workgroup", "analytics", {"publicly_accessible": true}),
		tf.res("aws_dms_replication_instance", "migration", {"publicly_accessible": true}),
		tf.res("aws_dms_instance_profile", "homogeneous", {"publicly_accessible": true}),
		tf.res("aws_neptune_cluster_instance", "graph", {"publicly_accessible": true}),
		tf.res("aws_neptunegraph_graph", "referrals", {"public_connectivity": true}),
		tf.res("aws_lightsail_database", "clinic", {"publicly_accessible": true}),
		tf.res("aws_timestreaminfluxdb_db_instance", "vitals", {"publicly_accessible": true}),
		tf.res("aws_timestreaminfluxdb_db_cluster", "vitals", {"publicly_accessible": true}),
	])
}

test_true_written_as_a_string_is_reported if {
	check.deny == {{"resource": "aws_redshift_cluster.warehouse", "path": ["config", "publicly_accessible"], "msg": public_msg("aws_redshift_cluster.warehouse")}} with input as tf.doc([tf.res("aws_redshift_cluster", "warehouse", {"publicly_accessible": "true"})])
}

test_instance_profile_left_at_the_default_is_reported if {
	check.deny == {
		{"resource": "aws_dms_instance_profile.absent", "msg": default_msg("aws_dms_instance_profile.absent")},
		{"resource": "aws_dms_instance_profile.null", "msg": default_msg("aws_dms_instance_profile.null")},
	} with input as tf.doc([
		tf.res("aws_dms_instance_profile", "absent", {"description": "homogeneous migrations"}),
		tf.res("aws_dms_instance_profile", "null", {"publicly_accessible": null}),
		tf.res("aws_dms_instance_profile", "private", {"publicly_accessible": false}),
	])
}

# An absent setting is private for every other type: the provider sends false
# for DMS replication instances, and defaults (or the service creates) the
# others private. Redshift clusters are private only from provider 6.0 on: the
# provider version is not known, so the absent case stays silent.
test_absent_setting_of_the_other_types_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_redshift_cluster", "warehouse", {"node_type": "ra3.xlplus"}),
		tf.res("aws_redshift_cluster", "nulled", {"publicly_accessible": null}),
		tf.res("aws_redshiftserverless_workgroup", "analytics", {"namespace_name": "clinic"}),
		tf.res("aws_dms_replication_instance", "migration", {"replication_instance_class": "dms.t3.medium"}),
		tf.res("aws_neptune_cluster_instance", "graph", {"instance_class": "db.r6g.large"}),
		tf.res("aws_neptunegraph_graph", "referrals", {"provisioned_memory": 16}),
		tf.res("aws_lightsail_database", "clinic", {"bundle_id": "micro_2_0"}),
		tf.res("aws_timestreaminfluxdb_db_instance", "vitals", {"name": "vitals"}),
		tf.res("aws_timestreaminfluxdb_db_cluster", "vitals", {"name": "vitals"}),
	])
}

test_false_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_redshift_cluster", "private", {"publicly_accessible": false}),
		tf.res("aws_redshift_cluster", "string_false", {"publicly_accessible": "false"}),
		tf.res("aws_dms_replication_instance", "var", {"publicly_accessible": tf.unknown("var.public")}),
		tf.res("aws_dms_instance_profile", "var", {"publicly_accessible": tf.unknown("var.public")}),
		tf.res("aws_neptunegraph_graph", "var", {"public_connectivity": tf.unknown("var.public")}),
		tf.res("aws_neptunegraph_graph", "private", {"public_connectivity": false}),
	])
}

test_rds_and_other_flags_are_left_to_their_checks if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_db_instance", "patients", {"publicly_accessible": true}),
		tf.res("aws_rds_cluster_instance", "patients", {"publicly_accessible": true}),
		tf.res("aws_mq_broker", "events", {"publicly_accessible": true}),
		tf.res("aws_neptunegraph_graph", "wrong_flag", {"publicly_accessible": true}),
	])
}

msk(name, connectivity) := tf.res("aws_msk_cluster", name, {"cluster_name": name, "broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": connectivity}]})

test_msk_cluster_with_public_access_is_reported if {
	check.deny == {
		{"resource": "aws_msk_cluster.events", "path": ["config", "broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"], "msg": public_msg("aws_msk_cluster.events")},
		{"resource": "aws_msk_cluster.second", "path": ["config", "broker_node_group_info", 0, "connectivity_info", 0, "public_access", 1, "type"], "msg": public_msg("aws_msk_cluster.second")},
	} with input as tf.doc([
		msk("events", [{"public_access": [{"type": "SERVICE_PROVIDED_EIPS"}]}]),
		msk("second", [{"public_access": [{"type": "DISABLED"}, {"type": "SERVICE_PROVIDED_EIPS"}]}]),
	])
}

# Public access is DISABLED by default; a value or block that is not known
# statically, and a dynamic block, are not reported.
test_msk_cluster_private_default_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		msk("disabled", [{"public_access": [{"type": "DISABLED"}]}]),
		msk("no_public_access", [{"vpc_connectivity": [{"client_authentication": [{"sasl": [{"iam": true}]}]}]}]),
		msk("empty_public_access", [{"public_access": [{}]}]),
		msk("no_connectivity", []),
		msk("variable", [{"public_access": [{"type": tf.unknown("var.public_access_type")}]}]),
		msk("dynamic", [{"dynamic": {"public_access": [{"for_each": tf.unknown("var.public"), "content": [{"type": "SERVICE_PROVIDED_EIPS"}]}]}}]),
		tf.res("aws_msk_cluster", "unknown_group", {"broker_node_group_info": tf.unknown("var.group")}),
		tf.res("aws_msk_cluster", "bare", {"cluster_name": "bare"}),
		tf.res("aws_msk_serverless_cluster", "serverless", {"cluster_name": "serverless"}),
	])
}
