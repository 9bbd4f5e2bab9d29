package evident.checks.cloudformation.docdb_neptune_backups_short_test

import data.evident.checks.cloudformation.docdb_neptune_backups_short as check

cluster(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

test_short_retention if {
	check.deny == {
		{"resource": "Records", "path": ["properties", "BackupRetentionPeriod"], "msg": "Records keeps automated backups for only 1 day(s); at least 7 are expected"},
		{"resource": "Graph", "msg": "Graph does not set BackupRetentionPeriod, so automated backups are kept for the default 1 day; at least 7 are expected"},
	} with input as {"resources": [
		cluster("Records", "AWS::DocDB::DBCluster", {"BackupRetentionPeriod": "1", "StorageEncrypted": true}),
		cluster("Graph", "AWS::Neptune::DBCluster", {"StorageEncrypted": true}),
		cluster("Week", "AWS::DocDB::DBCluster", {"BackupRetentionPeriod": 7}),
		cluster("Restored", "AWS::Neptune::DBCluster", {"SnapshotIdentifier": "graph-final"}),
		cluster("Secondary", "AWS::DocDB::DBCluster", {"GlobalClusterIdentifier": "records-global"}),
		cluster("Parameter", "AWS::DocDB::DBCluster", {"BackupRetentionPeriod": {"__unknown__": "Ref RetentionDays", "refs": ["RetentionDays"]}}),
	]}
}
