package evident.checks.cloudformation.s3_public_access_block_test

import data.evident.checks.cloudformation.s3_public_access_block as check

bucket(props) := {"id": "Records", "type": "AWS::S3::Bucket", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

all_on := {"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true}

test_missing_configuration_is_reported if {
	check.deny == {{"resource": "Records", "msg": "Records has no PublicAccessBlockConfiguration (public ACLs and policies are not blocked)"}} with input as {"resources": [bucket({})]}
}

test_false_and_missing_flags_are_reported if {
	check.deny == {
		{"resource": "Records", "path": ["properties", "PublicAccessBlockConfiguration", "BlockPublicPolicy"], "msg": "Records sets BlockPublicPolicy to false"},
		{"resource": "Records", "path": ["properties", "PublicAccessBlockConfiguration"], "msg": "Records does not set IgnorePublicAcls, RestrictPublicBuckets in PublicAccessBlockConfiguration (they default to false)"},
	} with input as {"resources": [bucket({"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "BlockPublicPolicy": "false"}})]}
}

test_all_flags_on_passes if {
	count(check.deny) == 0 with input as {"resources": [bucket({"PublicAccessBlockConfiguration": all_on})]}
}

test_unknown_values_are_not_violations if {
	unknown := {"__unknown__": "Ref Block", "refs": ["Block"]}
	count(check.deny) == 0 with input as {"resources": [
		bucket({"PublicAccessBlockConfiguration": object.union(all_on, {"BlockPublicPolicy": unknown})}),
		object.union(bucket({"PublicAccessBlockConfiguration": unknown}), {"id": "Other"}),
	]}
}

test_access_point_flags_set_to_false_are_reported if {
	check.deny == {
		{
			"resource": "PartnerAccess", "path": ["properties", "PublicAccessBlockConfiguration", "BlockPublicPolicy"],
			"msg": "PartnerAccess sets BlockPublicPolicy to false for the access point",
		},
		{
			"resource": "GlobalAccess", "path": ["properties", "PublicAccessBlockConfiguration", "RestrictPublicBuckets"],
			"msg": "GlobalAccess sets RestrictPublicBuckets to false for the access point",
		},
	} with input as {"resources": [
		{"id": "PartnerAccess", "type": "AWS::S3::AccessPoint", "properties": {"Bucket": "records", "PublicAccessBlockConfiguration": {"BlockPublicPolicy": false, "BlockPublicAcls": true}}},
		{"id": "GlobalAccess", "type": "AWS::S3::MultiRegionAccessPoint", "properties": {"PublicAccessBlockConfiguration": {"RestrictPublicBuckets": "false"}}},
	]}
}

test_access_points_with_the_defaults_pass if {
	count(check.deny) == 0 with input as {"resources": [
		{"id": "A", "type": "AWS::S3::AccessPoint", "properties": {"Bucket": "records"}},
		{"id": "B", "type": "AWS::S3::AccessPoint", "properties": {"Bucket": "records", "PublicAccessBlockConfiguration": {"BlockPublicAcls": true}}},
		{"id": "C", "type": "AWS::S3::AccessPoint", "properties": {"Bucket": "records", "PublicAccessBlockConfiguration": {"BlockPublicPolicy": {"__unknown__": "Ref Block", "refs": ["Block"]}}}},
	]}
}
