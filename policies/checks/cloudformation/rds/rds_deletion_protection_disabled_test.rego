package evident.checks.cloudformation.rds_deletion_protection_disabled_test

import data.evident.checks.cloudformation.rds_deletion_protection_disabled as check

db(type, props) := {"id": "Db", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_false_are_reported if {
	check.deny == {{"resource": "Db", "msg": "Db does not set DeletionProtection: true"}} with input as {"resources": [db("AWS::RDS::DBInstance", {})]}
	check.deny == {{"resource": "Db", "path": ["properties", "DeletionProtection"], "msg": "Db sets DeletionProtection to false"}} with input as {"resources": [db("AWS::RDS::DBCluster", {"DeletionProtection": false})]}
}

test_protected_member_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"DeletionProtection": "true"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"DBClusterIdentifier": "c"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"DeletionProtection": {"__unknown__": "Ref P", "refs": ["P"]}})]}
}
