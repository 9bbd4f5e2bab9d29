package evident.checks.cloudformation.data_service_publicly_accessible_test

import data.evident.checks.cloudformation.data_service_publicly_accessible as check

r(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

public_msg(id) := concat("", [id, " is publicly accessible from the internet"])

default_msg(id) := concat("", [id, " does not set PubliclyAccessible to false: it is publicly accessible from the internet (the default is true)"])

test_every_type_set_public_is_reported if {
	check.deny == {
		{"resource": "Warehouse", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Warehouse")},
		{"resource": "Analytics", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Analytics")},
		{"resource": "Migration", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Migration")},
		{"resource": "Profile", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Profile")},
		{"resource": "Referrals", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Referrals")},
		{"resource": "Pathways", "path": ["properties", "PublicConnectivity"], "msg": public_msg("Pathways")},
		{"resource": "Intake", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Intake")},
		{"resource": "Vitals", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("Vitals")},
		{"resource": "VitalsCluster", "path": ["properties", "PubliclyAccessible"], "msg": public_msg("VitalsCluster")},
	} with input as {"resources": [
		r("Warehouse", "AWS::Redshift::Cluster", {"PubliclyAccessible": true}),
		r("Analytics", "AWS::RedshiftServerless::Workgroup", {"PubliclyAccessible": "true"}),
		r("Migration", "AWS::DMS::ReplicationInstance", {"PubliclyAccessible": "True"}),
		r("Profile", "AWS::DMS::InstanceProfile", {"PubliclyAccessible": true}),
		r("Referrals", "AWS::Neptune::DBInstance", {"PubliclyAccessible": true}),
		r("Pathways", "AWS::NeptuneGraph::Graph", {"PublicConnectivity": true}),
		r("Intake", "AWS::Lightsail::Database", {"PubliclyAccessible": true}),
		r("Vitals", "AWS::Timestream::InfluxDBInstance", {"PubliclyAccessible": true}),
		r("VitalsCluster", "AWS::Timestream::InfluxDBCluster", {"PubliclyAccessible": true}),
	]}
}

test_replication_instance_left_at_the_default_is_reported if {
	check.deny == {
		{"resource": "Absent", "msg": default_msg("Absent")},
		{"resource": "Null", "msg": default_msg("Null")},
	} with input as {"resources": [
		r("Absent", "AWS::DMS::ReplicationInstance", {"ReplicationInstanceClass": "dms.t3.medium"}),
		r("Null", "AWS::DMS::ReplicationInstance", {"PubliclyAccessible": null}),
		r("Private", "AWS::DMS::ReplicationInstance", {"PubliclyAccessible": false}),
		r("PrivateString", "AWS::DMS::ReplicationInstance", {"PubliclyAccessible": "false"}),
	]}
}

# Every other type is private when the property is left out; the DMS instance
# profile too, whose resource schema declares false (unlike the Terraform check).
test_absent_property_of_the_other_types_passes if {
	count(check.deny) == 0 with input as {"resources": [
		r("Warehouse", "AWS::Redshift::Cluster", {"NodeType": "ra3.xlplus"}),
		r("Analytics", "AWS::RedshiftServerless::Workgroup", {"WorkgroupName": "analytics"}),
		r("Profile", "AWS::DMS::InstanceProfile", {}),
		r("Referrals", "AWS::Neptune::DBInstance", {"DBInstanceClass": "db.r6g.large"}),
		r("Pathways", "AWS::NeptuneGraph::Graph", {"ProvisionedMemory": 16}),
		r("Intake", "AWS::Lightsail::Database", {}),
		r("Vitals", "AWS::Timestream::InfluxDBInstance", {}),
		r("VitalsCluster", "AWS::Timestream::InfluxDBCluster", {}),
	]}
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as {"resources": [
		r("Migration", "AWS::DMS::ReplicationInstance", {"PubliclyAccessible": {"__unknown__": "Ref Public", "refs": ["Public"]}}),
		r("Warehouse", "AWS::Redshift::Cluster", {"PubliclyAccessible": {"__unknown__": "Fn::If", "refs": []}}),
		r("Unknown", "AWS::DMS::ReplicationInstance", {"__unknown__": "Fn::If", "refs": []}),
	]}
}

test_rds_and_other_types_are_left_to_their_checks if {
	count(check.deny) == 0 with input as {"resources": [
		r("Db", "AWS::RDS::DBInstance", {"PubliclyAccessible": true}),
		r("Broker", "AWS::AmazonMQ::Broker", {"PubliclyAccessible": true}),
		r("Graph", "AWS::NeptuneGraph::Graph", {"PubliclyAccessible": true}),
	]}
}

msk(id, connectivity) := r(id, "AWS::MSK::Cluster", {"ClusterName": id, "KafkaVersion": "3.6.0", "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ConnectivityInfo": connectivity}})

test_msk_cluster_with_public_access_is_reported if {
	check.deny == {{"resource": "Events", "path": ["properties", "BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"], "msg": public_msg("Events")}} with input as {"resources": [msk("Events", {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}})]}
}

# Public access is DISABLED by default; a parameter without default is not known.
test_msk_cluster_private_default_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		msk("Disabled", {"PublicAccess": {"Type": "DISABLED"}}),
		msk("VpcOnly", {"VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}),
		msk("EmptyAccess", {"PublicAccess": {}}),
		msk("Parameter", {"PublicAccess": {"Type": {"__unknown__": "Ref PublicAccessType", "refs": ["PublicAccessType"]}}}),
		msk("UnknownConnectivity", {"__unknown__": "Fn::If", "refs": []}),
		r("Bare", "AWS::MSK::Cluster", {"ClusterName": "bare"}),
		r("Serverless", "AWS::MSK::ServerlessCluster", {"ClusterName": "serverless"}),
	]}
}
