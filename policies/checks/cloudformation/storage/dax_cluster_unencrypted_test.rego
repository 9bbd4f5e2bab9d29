package evident.checks.cloudformation.dax_cluster_unencrypted_test

import data.evident.checks.cloudformation.dax_cluster_unencrypted as check

cluster(props) := {"id": "Cache", "type": "AWS::DAX::Cluster", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

msg := "Cache is not encrypted at rest: SSESpecification.SSEEnabled is not true"

test_missing_empty_and_false_are_reported if {
	check.deny == {{"resource": "Cache", "msg": msg}} with input as {"resources": [cluster({"NodeType": "dax.r5.large"})]}
	check.deny == {{"resource": "Cache", "path": ["properties", "SSESpecification"], "msg": msg}} with input as {"resources": [cluster({"SSESpecification": {}})]}
	check.deny == {{"resource": "Cache", "path": ["properties", "SSESpecification", "SSEEnabled"], "msg": "Cache sets SSESpecification.SSEEnabled to false: the cluster is not encrypted at rest"}} with input as {"resources": [cluster({"SSESpecification": {"SSEEnabled": "false"}})]}
}

# In-transit encryption (ClusterEndpointEncryptionType) is not this check's concern.
test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [cluster({"SSESpecification": {"SSEEnabled": true}, "ClusterEndpointEncryptionType": "NONE"})]}
	count(check.deny) == 0 with input as {"resources": [cluster({"SSESpecification": {"SSEEnabled": "true"}})]}
	count(check.deny) == 0 with input as {"resources": [cluster({"SSESpecification": {"SSEEnabled": {"__unknown__": "Ref Sse", "refs": ["Sse"]}}})]}
	count(check.deny) == 0 with input as {"resources": [cluster({"SSESpecification": {"__unknown__": "Fn::If", "refs": []}})]}
}
