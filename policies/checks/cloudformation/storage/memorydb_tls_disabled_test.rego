package evident.checks.cloudformation.memorydb_tls_disabled_test

import data.evident.checks.cloudformation.memorydb_tls_disabled as check

cluster(id, props) := {"id": id, "type": "AWS::MemoryDB::Cluster", "properties": object.union({"ACLName": "open-access", "NodeType": "db.t4g.small"}, props), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

multi_region(id, props) := {"id": id, "type": "AWS::MemoryDB::MultiRegionCluster", "properties": object.union({"MultiRegionClusterNameSuffix": "sessions", "NodeType": "db.r7g.xlarge"}, props), "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_false_is_reported_at_the_property if {
	check.deny == {
		{"resource": "A", "path": ["properties", "TLSEnabled"], "msg": "A sets TLSEnabled to false: MemoryDB clients connect without TLS"},
		{"resource": "B", "path": ["properties", "TLSEnabled"], "msg": "B sets TLSEnabled to false: MemoryDB clients connect without TLS"},
	} with input as {"resources": [cluster("A", {"TLSEnabled": false}), cluster("B", {"TLSEnabled": "False"})]}
}

# A multi-Region cluster decides TLS for all its regional clusters.
test_multi_region_cluster_false_is_reported if {
	check.deny == {
		{"resource": "Global", "path": ["properties", "TLSEnabled"], "msg": "Global sets TLSEnabled to false: MemoryDB clients connect without TLS"},
		{"resource": "Text", "path": ["properties", "TLSEnabled"], "msg": "Text sets TLSEnabled to false: MemoryDB clients connect without TLS"},
	} with input as {"resources": [
		multi_region("Global", {"TLSEnabled": false}),
		multi_region("Text", {"TLSEnabled": "false"}),
		cluster("Member", {"ACLName": "app-users", "MultiRegionClusterName": {"__unknown__": "Fn::GetAtt Global.MultiRegionClusterName", "refs": ["Global"], "__ref__": "Global"}}),
	]}
}

# TLSEnabled defaults to true: only an explicit false is reported.
test_default_true_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("Default", {}),
		cluster("On", {"TLSEnabled": true}),
		cluster("Text", {"TLSEnabled": "true"}),
		cluster("Null", {"TLSEnabled": null}),
		cluster("Param", {"TLSEnabled": {"__unknown__": "Ref Tls", "refs": ["Tls"]}}),
		multi_region("GlobalDefault", {}),
		multi_region("GlobalOn", {"TLSEnabled": true}),
		multi_region("GlobalParam", {"TLSEnabled": {"__unknown__": "Ref Tls", "refs": ["Tls"]}}),
		{"id": "G", "type": "AWS::ElastiCache::ReplicationGroup", "properties": {"TransitEncryptionEnabled": false}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9},
	]}
}
