package evident.checks.cloudformation.elasticache_transit_unencrypted_test

import data.evident.checks.cloudformation.elasticache_transit_unencrypted as check

group(props) := {"id": "Cache", "type": "AWS::ElastiCache::ReplicationGroup", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Cache", "msg": "Cache does not set TransitEncryptionEnabled: true"}} with input as {"resources": [group({})]}
	check.deny == {{"resource": "Cache", "path": ["properties", "TransitEncryptionEnabled"], "msg": "Cache sets TransitEncryptionEnabled to false"}} with input as {"resources": [group({"TransitEncryptionEnabled": false})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [group({"TransitEncryptionEnabled": "true"})]}
	count(check.deny) == 0 with input as {"resources": [group({"TransitEncryptionEnabled": {"__unknown__": "Ref E", "refs": ["E"]}})]}
}
