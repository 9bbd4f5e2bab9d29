package evident.checks.cloudformation.elasticache_at_rest_unencrypted_test

import data.evident.checks.cloudformation.elasticache_at_rest_unencrypted as check

group(props) := {"id": "Cache", "type": "AWS::ElastiCache::ReplicationGroup", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Cache", "msg": "Cache does not set AtRestEncryptionEnabled: true"}} with input as {"resources": [group({})]}
	check.deny == {{"resource": "Cache", "path": ["properties", "AtRestEncryptionEnabled"], "msg": "Cache sets AtRestEncryptionEnabled to false"}} with input as {"resources": [group({"AtRestEncryptionEnabled": "false"})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [group({"AtRestEncryptionEnabled": true})]}
	count(check.deny) == 0 with input as {"resources": [group({"AtRestEncryptionEnabled": {"__unknown__": "Ref E", "refs": ["E"]}})]}
}
