package evident.checks.cloudformation.s3_bucket_versioning_test

import data.evident.checks.cloudformation.s3_bucket_versioning as check

bucket(props) := {"id": "Records", "type": "AWS::S3::Bucket", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_missing_versioning_is_reported if {
	check.deny == {{"resource": "Records", "msg": "Records has no VersioningConfiguration (overwritten or deleted objects cannot be restored)"}} with input as {"resources": [bucket({})]}
}

test_suspended_is_reported_at_the_status if {
	check.deny == {{"resource": "Records", "path": ["properties", "VersioningConfiguration", "Status"], "msg": "Records suspends versioning"}} with input as {"resources": [bucket({"VersioningConfiguration": {"Status": "Suspended"}})]}
}

test_enabled_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		bucket({"VersioningConfiguration": {"Status": "Enabled"}}),
		object.union(bucket({"VersioningConfiguration": {"Status": {"__unknown__": "Ref S", "refs": ["S"]}}}), {"id": "B"}),
	]}
}
