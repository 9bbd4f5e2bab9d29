package evident.checks.cloudformation.cloudfront_origin_insecure_test

import data.evident.checks.cloudformation.cloudfront_origin_insecure as check

template(origins) := {"type": "cloudformation", "resources": [{
	"id": "PortalCdn",
	"type": "AWS::CloudFront::Distribution",
	"properties": {"DistributionConfig": {"Origins": origins, "Enabled": true}},
}]}

origin(id, config) := {"Id": id, "DomainName": "api.example.org", "CustomOriginConfig": config}

test_plain_http_to_the_origin_is_reported if {
	check.deny == {{
		"resource": "PortalCdn",
		"path": ["properties", "DistributionConfig", "Origins", 0, "CustomOriginConfig", "OriginProtocolPolicy"],
		"msg": "PortalCdn fetches from origin RecordsApi over plain HTTP (OriginProtocolPolicy http-only)",
	}} with input as template([origin("RecordsApi", {"OriginProtocolPolicy": "http-only", "OriginSSLProtocols": ["TLSv1"]})])
}

test_protocols_older_than_tls_1_2_are_reported_sorted if {
	check.deny == {{
		"resource": "PortalCdn",
		"path": ["properties", "DistributionConfig", "Origins", 1, "CustomOriginConfig", "OriginSSLProtocols"],
		"msg": "PortalCdn accepts SSLv3, TLSv1, older than TLS 1.2, from origin #1 (OriginSSLProtocols)",
	}} with input as template([
		origin("Static", {"OriginProtocolPolicy": "https-only", "OriginSSLProtocols": ["TLSv1.2"]}),
		{"DomainName": "x.example.org", "CustomOriginConfig": {"OriginProtocolPolicy": "match-viewer", "OriginSSLProtocols": ["TLSv1", "SSLv3", "TLSv1.2"]}},
	])
}

test_https_match_viewer_s3_absent_lists_and_unknowns_pass if {
	count(check.deny) == 0 with input as template([
		origin("A", {"OriginProtocolPolicy": "https-only", "OriginSSLProtocols": ["TLSv1.2"]}),
		origin("B", {"OriginProtocolPolicy": "match-viewer"}),
		origin("C", {"OriginProtocolPolicy": {"__unknown__": "Ref Policy", "refs": ["Policy"]}, "OriginSSLProtocols": {"__unknown__": "Ref Protocols", "refs": ["Protocols"]}}),
		origin("D", {"__unknown__": "Fn::If UseHttp", "refs": []}),
		{"Id": "E", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}},
	])
}
