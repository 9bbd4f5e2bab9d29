package evident.checks.cloudformation.rds_publicly_accessible_test

import data.evident.checks.cloudformation.rds_publicly_accessible as check

db(props) := {"id": "Db", "type": "AWS::RDS::DBInstance", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_public_instance_is_reported if {
	check.deny == {{"resource": "Db", "path": ["properties", "PubliclyAccessible"], "msg": "Db sets PubliclyAccessible to true"}} with input as {"resources": [db({"PubliclyAccessible": "true"})]}
}

test_private_absent_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [db({"PubliclyAccessible": false})]}
	count(check.deny) == 0 with input as {"resources": [db({})]}
	count(check.deny) == 0 with input as {"resources": [db({"PubliclyAccessible": {"__unknown__": "Ref Public", "refs": ["Public"]}})]}
}
