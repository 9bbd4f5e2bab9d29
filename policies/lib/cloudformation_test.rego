package evident.lib.cloudformation_test

import data.evident.lib.cloudformation as cfn

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

test_storage_encryption_inherited if {
	every db in [
		{"type": "AWS::RDS::DBInstance", "properties": {"DBClusterIdentifier": ref("Cluster")}},
		{"type": "AWS::RDS::DBInstance", "properties": {"SourceDBInstanceIdentifier": "primary"}},
		{"type": "AWS::RDS::DBInstance", "properties": {"DBSnapshotIdentifier": "snap"}},
		{"type": "AWS::RDS::DBCluster", "properties": {"GlobalClusterIdentifier": ref("Global")}},
		{"type": "AWS::RDS::DBCluster", "properties": {"ReplicationSourceIdentifier": "arn:aws:rds:eu-west-1:1:cluster:c"}},
		{"type": "AWS::DocDB::DBCluster", "properties": {"SnapshotIdentifier": "snap"}},
		{"type": "AWS::Neptune::DBCluster", "properties": {"SourceDBClusterIdentifier": "graph", "RestoreType": "copy-on-write"}},
		{"type": "AWS::RDS::GlobalCluster", "properties": {"SourceDBClusterIdentifier": ref("Cluster")}},
		{"type": "AWS::DocDB::GlobalCluster", "properties": {"SourceDBClusterIdentifier": "arn:aws:rds:eu-west-1:1:cluster:docs"}},
	] {
		cfn.storage_encryption_inherited(db)
	}
	every db in [
		{"type": "AWS::RDS::DBInstance", "properties": {"StorageEncrypted": false}},
		{"type": "AWS::RDS::DBInstance", "properties": {"SourceDBInstanceIdentifier": ""}},
		{"type": "AWS::RDS::DBCluster", "properties": {"SnapshotIdentifier": null}},
		{"type": "AWS::DocDB::DBCluster", "properties": {"UseLatestRestorableTime": true, "RestoreType": "full-copy"}},
		{"type": "AWS::DocDB::DBCluster", "properties": {"ReplicationSourceIdentifier": "c"}},
		{"type": "AWS::RDS::GlobalCluster", "properties": {"GlobalClusterIdentifier": "g"}},
		{"type": "AWS::Neptune::GlobalCluster", "properties": {"SnapshotIdentifier": "snap"}},
		{"type": "AWS::S3::Bucket", "properties": {"SnapshotIdentifier": "snap"}},
	] {
		not cfn.storage_encryption_inherited(db)
	}
}

function(id, events) := {"id": id, "type": "AWS::Serverless::Function", "properties": {"Events": events}}

test_implicit_api_events if {
	docs := {"resources": [
		function("Visits", {
			"List": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "get"}},
			"Own": {"Type": "Api", "Properties": {"Path": "/own", "Method": "get", "RestApiId": ref("Api")}},
			"Bare": {"Type": "Api"},
			"Http": {"Type": "HttpApi", "Properties": {"Path": "/h", "Method": "get"}},
			"OwnHttp": {"Type": "HttpApi", "Properties": {"ApiId": ref("HttpApi")}},
			"Jobs": {"Type": "SQS", "Properties": {"Queue": "arn:aws:sqs:eu-west-1:1:jobs"}},
			"Unknown": {"Type": "Api", "Properties": {"__unknown__": "Fn::If X", "refs": []}},
		}),
		function("Switch", {"__unknown__": "Fn::If X", "refs": []}),
		{"id": "Plain", "type": "AWS::Lambda::Function", "properties": {"Events": {"E": {"Type": "Api"}}}},
	]}

	# Properties that are not known name no RestApiId that can be seen.
	sort(cfn.implicit_api_events("Api")) == [["Visits", "Bare"], ["Visits", "List"], ["Visits", "Unknown"]] with input as docs
	cfn.implicit_api_events("HttpApi") == [["Visits", "Http"]] with input as docs
	cfn.implicit_api_events("Api") == [] with input as {"resources": []}
}

test_path_label if {
	cfn.path_label(["properties", "MethodSettings", 0, "CachingEnabled"]) == "MethodSettings[0].CachingEnabled"
	cfn.path_label(["properties", "StageDescription", "MethodSettings", 12, "DataTraceEnabled"]) == "StageDescription.MethodSettings[12].DataTraceEnabled"
	cfn.path_label(["properties", "RouteSettings", "$connect", "DataTraceEnabled"]) == "RouteSettings.$connect.DataTraceEnabled"
	cfn.path_label(["properties", "StorageEncrypted"]) == "StorageEncrypted"
	cfn.path_label(["properties"]) == ""
}
