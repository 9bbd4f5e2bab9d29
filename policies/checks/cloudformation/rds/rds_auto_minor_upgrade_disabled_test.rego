package evident.checks.cloudformation.rds_auto_minor_upgrade_disabled_test

import data.evident.checks.cloudformation.rds_auto_minor_upgrade_disabled as check

db(type, props) := {"id": "Db", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_false_is_reported if {
	check.deny == {{"resource": "Db", "path": ["properties", "AutoMinorVersionUpgrade"], "msg": "Db sets AutoMinorVersionUpgrade to false: engine security patches are not applied"}} with input as {"resources": [db("AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": false})]}
	check.deny == {{"resource": "Db", "path": ["properties", "AutoMinorVersionUpgrade"], "msg": "Db sets AutoMinorVersionUpgrade to false: engine security patches are not applied"}} with input as {"resources": [db("AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": "False"})]}
}

test_true_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": "true"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": null})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": {"__unknown__": "Ref P", "refs": ["P"]}})]}
}

# A Multi-AZ DB cluster takes the setting on the cluster.
test_cluster_false_is_reported if {
	check.deny == {{"resource": "Db", "path": ["properties", "AutoMinorVersionUpgrade"], "msg": "Db sets AutoMinorVersionUpgrade to false: engine security patches are not applied"}} with input as {"resources": [db("AWS::RDS::DBCluster", {"AutoMinorVersionUpgrade": false})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql"})]}
}

test_other_types_are_not_reported if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::DocDB::DBInstance", {"AutoMinorVersionUpgrade": false})]}
}
