package evident.checks.cloudformation.msk_cluster_plaintext_test

import data.evident.checks.cloudformation.msk_cluster_plaintext as check

cluster(id, props) := {"id": id, "type": "AWS::MSK::Cluster", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

transit(t) := {"EncryptionInfo": {"EncryptionInTransit": t}}

test_plaintext_and_in_cluster_off if {
	check.deny == {
		{"resource": "K", "path": ["properties", "EncryptionInfo", "EncryptionInTransit", "ClientBroker"], "msg": "K accepts plaintext client connections (ClientBroker TLS_PLAINTEXT)"},
		{"resource": "K", "path": ["properties", "EncryptionInfo", "EncryptionInTransit", "InCluster"], "msg": "K replicates between brokers without TLS (InCluster false)"},
	} with input as {"resources": [cluster("K", transit({"ClientBroker": "TLS_PLAINTEXT", "InCluster": false}))]}
}

test_plaintext_only_and_string_false if {
	check.deny == {
		{"resource": "A", "path": ["properties", "EncryptionInfo", "EncryptionInTransit", "ClientBroker"], "msg": "A accepts plaintext client connections (ClientBroker PLAINTEXT)"},
		{"resource": "B", "path": ["properties", "EncryptionInfo", "EncryptionInTransit", "InCluster"], "msg": "B replicates between brokers without TLS (InCluster false)"},
	} with input as {"resources": [
		cluster("A", transit({"ClientBroker": "PLAINTEXT"})),
		cluster("B", transit({"ClientBroker": "TLS", "InCluster": "false"})),
	]}
}

test_tls_defaults_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {}),
		cluster("B", transit({"ClientBroker": "TLS", "InCluster": true})),
		cluster("C", transit({"ClientBroker": "TLS", "InCluster": "true"})),
		cluster("D", transit({"ClientBroker": {"__unknown__": "Ref ClientBroker", "refs": ["ClientBroker"]}, "InCluster": {"__unknown__": "Ref InCluster", "refs": ["InCluster"]}})),
		cluster("E", {"EncryptionInfo": {"__unknown__": "Fn::If Tls", "refs": []}}),
		cluster("F", {"EncryptionInfo": {"EncryptionAtRest": {"DataVolumeKMSKeyId": "alias/kafka"}}}),
	]}
}
