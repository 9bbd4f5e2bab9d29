package evident.checks.cloudformation.docdb_neptune_storage_unencrypted_test

import data.evident.checks.cloudformation.docdb_neptune_storage_unencrypted as check

cluster(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_absent_null_and_false_are_reported if {
	check.deny == {
		{"resource": "Docs", "msg": "Docs does not set StorageEncrypted: true (DocumentDB storage is unencrypted by default)"},
		{"resource": "Graph", "msg": "Graph does not set StorageEncrypted: true (Neptune storage is unencrypted by default)"},
		{"resource": "DocsFalse", "path": ["properties", "StorageEncrypted"], "msg": "DocsFalse sets StorageEncrypted to false"},
		{"resource": "GraphFalse", "path": ["properties", "StorageEncrypted"], "msg": "GraphFalse sets StorageEncrypted to false"},
	} with input as {"resources": [
		cluster("Docs", "AWS::DocDB::DBCluster", {"MasterUsername": "docdbadmin"}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"StorageEncrypted": null}),
		cluster("DocsFalse", "AWS::DocDB::DBCluster", {"StorageEncrypted": false}),
		cluster("GraphFalse", "AWS::Neptune::DBCluster", {"StorageEncrypted": "false"}),
	]}
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", "AWS::DocDB::DBCluster", {"StorageEncrypted": true}),
		cluster("B", "AWS::Neptune::DBCluster", {"StorageEncrypted": "true"}),
		cluster("C", "AWS::DocDB::DBCluster", {"StorageEncrypted": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}}),
	]}
}

# Restores and global cluster members take their encryption from the snapshot
# or source cluster: not judged, even with StorageEncrypted false.
test_inherited_encryption_is_not_judged if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", "AWS::DocDB::DBCluster", {"SnapshotIdentifier": "patient-documents-2024-06-01"}),
		cluster("B", "AWS::Neptune::DBCluster", {"SourceDBClusterIdentifier": "care-graph", "StorageEncrypted": false}),
		cluster("C", "AWS::Neptune::DBCluster", {"SourceDBClusterIdentifier": "care-graph", "RestoreType": "copy-on-write", "UseLatestRestorableTime": true}),
		cluster("F", "AWS::DocDB::DBCluster", {"GlobalClusterIdentifier": {"__unknown__": "Ref Global", "refs": ["Global"], "__ref__": "Global"}}),
	]}
}

test_empty_source_properties_do_not_exempt if {
	check.deny == {{"resource": "A", "msg": "A does not set StorageEncrypted: true (DocumentDB storage is unencrypted by default)"}} with input as {"resources": [cluster("A", "AWS::DocDB::DBCluster", {"SnapshotIdentifier": "", "SourceDBClusterIdentifier": null})]}
}

# Restore-time settings without a source cluster restore nothing: the cluster is created new.
test_restore_settings_without_a_source_do_not_exempt if {
	check.deny == {
		{"resource": "A", "msg": "A does not set StorageEncrypted: true (DocumentDB storage is unencrypted by default)"},
		{"resource": "B", "msg": "B does not set StorageEncrypted: true (Neptune storage is unencrypted by default)"},
	} with input as {"resources": [
		cluster("A", "AWS::DocDB::DBCluster", {"UseLatestRestorableTime": true}),
		cluster("B", "AWS::Neptune::DBCluster", {"RestoreType": "full-copy", "RestoreToTime": "2024-06-01T03:00:00Z"}),
	]}
}

test_other_types_are_ignored if {
	check.deny == {{"resource": "Docs", "msg": "Docs does not set StorageEncrypted: true (DocumentDB storage is unencrypted by default)"}} with input as {"resources": [
		cluster("A", "AWS::RDS::DBCluster", {}),
		cluster("B", "AWS::DocDB::DBInstance", {}),
		cluster("Docs", "AWS::DocDB::DBCluster", {}),
	]}
}

# A DocumentDB or Neptune global cluster is judged itself; its members take its encryption.
test_global_clusters_without_encryption_are_reported if {
	check.deny == {
		{"resource": "DocsGlobal", "msg": "DocsGlobal does not set StorageEncrypted: true (DocumentDB storage is unencrypted by default)"},
		{"resource": "GraphGlobal", "path": ["properties", "StorageEncrypted"], "msg": "GraphGlobal sets StorageEncrypted to false"},
	} with input as {"resources": [
		cluster("DocsGlobal", "AWS::DocDB::GlobalCluster", {"GlobalClusterIdentifier": "documents-global", "Engine": "docdb"}),
		cluster("GraphGlobal", "AWS::Neptune::GlobalCluster", {"GlobalClusterIdentifier": "graph-global", "StorageEncrypted": "false"}),
		cluster("DocsPrimary", "AWS::DocDB::DBCluster", {"GlobalClusterIdentifier": {"__unknown__": "Ref DocsGlobal", "refs": ["DocsGlobal"], "__ref__": "DocsGlobal"}}),
	]}
}

# Encrypted, unknown, or built from an existing cluster (whose encryption applies and which is
# judged itself); the global cluster's own GlobalClusterIdentifier is its name, not a source.
test_global_clusters_encrypted_unknown_or_from_a_source_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", "AWS::DocDB::GlobalCluster", {"GlobalClusterIdentifier": "a", "StorageEncrypted": true}),
		cluster("B", "AWS::Neptune::GlobalCluster", {"GlobalClusterIdentifier": "b", "StorageEncrypted": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}}),
		cluster("C", "AWS::DocDB::GlobalCluster", {"GlobalClusterIdentifier": "c", "SourceDBClusterIdentifier": {"__unknown__": "Ref Docs", "refs": ["Docs"], "__ref__": "Docs"}}),
		cluster("D", "AWS::Neptune::GlobalCluster", {"SourceDBClusterIdentifier": "arn:aws:rds:eu-west-1:123456789012:cluster:care-graph"}),
	]}
	check.deny == {{"resource": "E", "msg": "E does not set StorageEncrypted: true (Neptune storage is unencrypted by default)"}} with input as {"resources": [cluster("E", "AWS::Neptune::GlobalCluster", {"GlobalClusterIdentifier": "e", "SourceDBClusterIdentifier": ""})]}
}
