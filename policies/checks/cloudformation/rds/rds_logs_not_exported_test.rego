package evident.checks.cloudformation.rds_logs_not_exported_test

import data.evident.checks.cloudformation.rds_logs_not_exported as check

db(type, props) := {"id": "Db", "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_and_empty_are_reported if {
	check.deny == {{"resource": "Db", "msg": "Db has no EnableCloudwatchLogsExports (database logs are not kept in CloudWatch)"}} with input as {"resources": [db("AWS::RDS::DBInstance", {})]}
	check.deny == {{"resource": "Db", "path": ["properties", "EnableCloudwatchLogsExports"], "msg": "Db sets EnableCloudwatchLogsExports to an empty list"}} with input as {"resources": [db("AWS::RDS::DBCluster", {"EnableCloudwatchLogsExports": []})]}
}

test_exports_member_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBCluster", {"EnableCloudwatchLogsExports": ["postgresql"]})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"DBClusterIdentifier": "c"})]}
	count(check.deny) == 0 with input as {"resources": [db("AWS::RDS::DBInstance", {"EnableCloudwatchLogsExports": {"__unknown__": "Ref L", "refs": ["L"]}})]}
}
