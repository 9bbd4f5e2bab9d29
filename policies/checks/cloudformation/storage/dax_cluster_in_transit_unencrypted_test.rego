package evident.checks.cloudformation.dax_cluster_in_transit_unencrypted_test

import data.evident.checks.cloudformation.dax_cluster_in_transit_unencrypted as check

cluster(id, properties) := {"id": id, "type": "AWS::DAX::Cluster", "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

test_default_and_none_are_reported if {
	check.deny == {
		{"resource": "Sessions", "msg": "Sessions does not set ClusterEndpointEncryptionType: TLS: clients reach the cache in clear text (the default is NONE)"},
		{"resource": "Records", "path": ["properties", "ClusterEndpointEncryptionType"], "msg": "Records sets ClusterEndpointEncryptionType to NONE: clients reach the cache in clear text"},
	} with input as {"resources": [
		cluster("Sessions", {"NodeType": "dax.r5.large", "ReplicationFactor": 3}),
		cluster("Records", {"ClusterEndpointEncryptionType": "NONE"}),
	]}
}

test_tls_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("Tls", {"ClusterEndpointEncryptionType": "TLS"}),
		cluster("Param", {"ClusterEndpointEncryptionType": {"__unknown__": "Ref DaxEncryption", "refs": ["DaxEncryption"]}}),
	]}
}
