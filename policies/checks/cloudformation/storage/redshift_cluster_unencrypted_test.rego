package evident.checks.cloudformation.redshift_cluster_unencrypted_test

import data.evident.checks.cloudformation.redshift_cluster_unencrypted as check

cluster(id, props) := {"id": id, "type": "AWS::Redshift::Cluster", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_false_and_string_false_are_reported if {
	check.deny == {
		{"resource": "Warehouse", "path": ["properties", "Encrypted"], "msg": "Warehouse sets Encrypted to false"},
		{"resource": "Staging", "path": ["properties", "Encrypted"], "msg": "Staging sets Encrypted to false"},
	} with input as {"resources": [
		cluster("Warehouse", {"NodeType": "ra3.xlplus", "Encrypted": false}),
		cluster("Staging", {"NodeType": "ra3.xlplus", "Encrypted": "False"}),
	]}
}

test_true_omitted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"Encrypted": true, "KmsKeyId": {"__unknown__": "Ref Key", "refs": ["Key"], "__ref__": "Key"}}),
		cluster("B", {"Encrypted": "true"}),
		cluster("C", {}),
		cluster("D", {"Encrypted": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}}),
	]}
}

# Only the cluster next to it is reported: the check reads its own type only.
test_other_types_are_ignored if {
	check.deny == {{"resource": "Warehouse", "path": ["properties", "Encrypted"], "msg": "Warehouse sets Encrypted to false"}} with input as {"resources": [
		{"id": "Db", "type": "AWS::RDS::DBCluster", "properties": {"Encrypted": false}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9},
		cluster("Warehouse", {"Encrypted": false}),
	]}
}
