package evident.checks.cloudformation.rds_storage_unencrypted_test

import data.evident.checks.cloudformation.rds_storage_unencrypted as check

db(type, props) := {"id": "Db", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_flag_is_reported_at_the_resource if {
	check.deny == {{"resource": "Db", "msg": "Db does not set StorageEncrypted: true (RDS storage is unencrypted by default)"}} with input as {"resources": [db("AWS::RDS::DBInstance", {"Engine": "postgres"})]}
}

test_false_string_is_reported_at_the_property if {
	check.deny == {{"resource": "Db", "path": ["properties", "StorageEncrypted"], "msg": "Db sets StorageEncrypted to false"}} with input as {"resources": [db("AWS::RDS::DBCluster", {"StorageEncrypted": "false"})]}
}

test_encrypted_unknown_and_inherited_pass if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"StorageEncrypted": true})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"StorageEncrypted": {"__unknown__": "Ref Enc", "refs": ["Enc"]}})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"DBClusterIdentifier": {"__unknown__": "Ref Cluster", "refs": ["Cluster"], "__ref__": "Cluster"}})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": "primary"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"EngineMode": "serverless"})]}
}

# Aurora Serverless v1 is always encrypted: an EngineMode that may be serverless
# (a parameter) is not judged, one known to be another mode is.
test_engine_mode if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"EngineMode": "Serverless"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"EngineMode": {"__unknown__": "Ref Mode", "refs": ["Mode"]}})]}
	check.deny == {{"resource": "Db", "msg": "Db does not set StorageEncrypted: true (RDS storage is unencrypted by default)"}} with input as {"resources": [db("AWS::RDS::DBCluster", {"EngineMode": "provisioned"})]}
}

# An Aurora global database is judged itself; its member clusters take its encryption.
test_global_cluster_without_encryption_is_reported if {
	check.deny == {{"resource": "Db", "msg": "Db does not set StorageEncrypted: true (RDS storage is unencrypted by default)"}} with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "records-global", "Engine": "aurora-postgresql"})]}
	check.deny == {{"resource": "Db", "path": ["properties", "StorageEncrypted"], "msg": "Db sets StorageEncrypted to false"}} with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "records-global", "StorageEncrypted": "false"})]}
}

# Encrypted, unknown, or built from an existing cluster (whose encryption applies and which is
# judged itself); a member cluster (GlobalClusterIdentifier) is not judged.
test_global_cluster_encrypted_unknown_from_a_source_and_members_pass if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "g", "StorageEncrypted": true})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "g", "StorageEncrypted": {"__unknown__": "Ref Enc", "refs": ["Enc"]}})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "g", "SourceDBClusterIdentifier": {"__unknown__": "Ref Cluster", "refs": ["Cluster"], "__ref__": "Cluster"}})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "GlobalClusterIdentifier": {"__unknown__": "Ref Global", "refs": ["Global"], "__ref__": "Global"}})]}
	check.deny == {{"resource": "Db", "msg": "Db does not set StorageEncrypted: true (RDS storage is unencrypted by default)"}} with input as {"resources": [db("AWS::RDS::GlobalCluster", {"GlobalClusterIdentifier": "g", "SourceDBClusterIdentifier": ""})]}
}
