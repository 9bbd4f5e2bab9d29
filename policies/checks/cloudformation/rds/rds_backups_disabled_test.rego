package evident.checks.cloudformation.rds_backups_disabled_test

import data.evident.checks.cloudformation.rds_backups_disabled as check

db(props) := {"id": "Db", "type": "AWS::RDS::DBInstance", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_zero_retention_is_reported if {
	check.deny == {{"resource": "Db", "path": ["properties", "BackupRetentionPeriod"], "msg": "Db sets BackupRetentionPeriod to 0 (automated backups are off)"}} with input as {"resources": [db({"BackupRetentionPeriod": "0"})]}
	count(check.deny) == 1 with input as {"resources": [db({"BackupRetentionPeriod": 0})]}
}

test_retention_default_replica_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [db({"BackupRetentionPeriod": 7})]}
	count(check.deny) == 0 with input as {"resources": [db({})]}
	count(check.deny) == 0 with input as {"resources": [db({"BackupRetentionPeriod": 0, "SourceDBInstanceIdentifier": "primary"})]}
	count(check.deny) == 0 with input as {"resources": [db({"BackupRetentionPeriod": {"__unknown__": "Ref Days", "refs": ["Days"]}})]}
}
