package evident.checks.cloudformation.cloudfront_allows_http_test

import data.evident.checks.cloudformation.cloudfront_allows_http as check

cdn(config) := {"id": "Cdn", "type": "AWS::CloudFront::Distribution", "properties": {"DistributionConfig": config}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_allow_all_is_reported_per_behavior if {
	check.deny == {
		{"resource": "Cdn", "path": ["properties", "DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"], "msg": "Cdn default cache behavior allows HTTP (ViewerProtocolPolicy allow-all)"},
		{"resource": "Cdn", "path": ["properties", "DistributionConfig", "CacheBehaviors", 1, "ViewerProtocolPolicy"], "msg": "Cdn cache behavior /api/* allows HTTP (ViewerProtocolPolicy allow-all)"},
	} with input as {"resources": [cdn({
		"DefaultCacheBehavior": {"ViewerProtocolPolicy": "allow-all"},
		"CacheBehaviors": [{"PathPattern": "/static/*", "ViewerProtocolPolicy": "https-only"}, {"PathPattern": "/api/*", "ViewerProtocolPolicy": "allow-all"}],
	})]}
}

test_https_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [cdn({"DefaultCacheBehavior": {"ViewerProtocolPolicy": "redirect-to-https"}})]}
	count(check.deny) == 0 with input as {"resources": [cdn({"DefaultCacheBehavior": {"ViewerProtocolPolicy": {"__unknown__": "Ref V", "refs": ["V"]}}})]}
}
