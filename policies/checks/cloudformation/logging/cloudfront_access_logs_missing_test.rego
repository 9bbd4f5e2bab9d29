package evident.checks.cloudformation.cloudfront_access_logs_missing_test

import data.evident.checks.cloudformation.cloudfront_access_logs_missing as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

distribution(id, config) := res(id, "AWS::CloudFront::Distribution", {"DistributionConfig": config})

test_unlogged_distributions_are_reported if {
	check.deny == {{"resource": "Portal", "msg": "Portal has no DistributionConfig.Logging (viewer requests are not logged)"}} with input as {"resources": [
		distribution("Portal", {"Enabled": true}),
		distribution("Assets", {"Enabled": true, "Logging": {"Bucket": "logs.s3.amazonaws.com"}}),
		distribution("Downloads", {"Enabled": true}),
		res("DownloadsLogs", "AWS::Logs::DeliverySource", {"LogType": "ACCESS_LOGS", "ResourceArn": {"__unknown__": "Fn::Sub", "refs": ["AWS::AccountId", "Downloads"]}}),
	]}
}

# A DistributionConfig not known here; a delivery source of a resource the template does not name.
test_unknown_config_and_unknown_source_pass if {
	count(check.deny) == 0 with input as {"resources": [distribution("Portal", {"__unknown__": "Fn::If", "refs": []})]}
	count(check.deny) == 0 with input as {"resources": [
		distribution("Portal", {"Enabled": true}),
		res("Logs", "AWS::Logs::DeliverySource", {"LogType": "ACCESS_LOGS", "ResourceArn": {"__unknown__": "Ref DistributionArn", "refs": ["DistributionArn"]}}),
	]}
}
