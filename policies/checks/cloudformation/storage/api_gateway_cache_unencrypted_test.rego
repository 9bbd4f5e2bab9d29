package evident.checks.cloudformation.api_gateway_cache_unencrypted_test

import data.evident.checks.cloudformation.api_gateway_cache_unencrypted as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

globals(section, props) := {"id": concat(".", ["Globals", section]), "section": section, "properties": props, "file": "t.yaml", "startLine": 2, "endLine": 4}

unknown(expr) := {"__unknown__": expr, "refs": []}

all_methods(props) := object.union({"ResourcePath": "/*", "HttpMethod": "*"}, props)

absent_msg(id, label) := concat("", [id, " sets ", label, " to true without CacheDataEncrypted: true (cached API responses are stored unencrypted)"])

false_msg(id, label) := concat("", [id, " sets ", label, " to false while caching is on (cached API responses are stored unencrypted)"])

test_caching_without_encryption_is_reported if {
	check.deny == {
		{"resource": "Prod", "path": ["properties", "MethodSettings", 0, "CachingEnabled"], "msg": absent_msg("Prod", "MethodSettings[0].CachingEnabled")},
		{"resource": "Prod", "path": ["properties", "MethodSettings", 2, "CacheDataEncrypted"], "msg": false_msg("Prod", "MethodSettings[2].CacheDataEncrypted")},
		{"resource": "SamApi", "path": ["properties", "MethodSettings", 0, "CacheDataEncrypted"], "msg": false_msg("SamApi", "MethodSettings[0].CacheDataEncrypted")},
		{"resource": "Deploy", "path": ["properties", "StageDescription", "CachingEnabled"], "msg": absent_msg("Deploy", "StageDescription.CachingEnabled")},
		{"resource": "Deploy", "path": ["properties", "StageDescription", "MethodSettings", 0, "CachingEnabled"], "msg": absent_msg("Deploy", "StageDescription.MethodSettings[0].CachingEnabled")},
	} with input as {"resources": [
		res("Prod", "AWS::ApiGateway::Stage", {"StageName": "prod", "CacheClusterEnabled": true, "CacheClusterSize": "0.5", "MethodSettings": [
			all_methods({"CachingEnabled": true, "CacheTtlInSeconds": 300}),
			{"ResourcePath": "/~1visits", "HttpMethod": "GET", "CachingEnabled": true, "CacheDataEncrypted": true},
			{"ResourcePath": "/~1patients", "HttpMethod": "GET", "CachingEnabled": "true", "CacheDataEncrypted": "false"},
			{"ResourcePath": "/~1patients", "HttpMethod": "POST", "CachingEnabled": false},
		]}),
		res("SamApi", "AWS::Serverless::Api", {"StageName": "prod", "CacheClusterEnabled": "true", "MethodSettings": [all_methods({"CachingEnabled": true, "CacheDataEncrypted": false})]}),
		res("Deploy", "AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {
			"CacheClusterEnabled": true,
			"CachingEnabled": true,
			"CacheDataEncrypted": null,
			"MethodSettings": [{"ResourcePath": "/~1visits", "HttpMethod": "GET", "CachingEnabled": true}],
		}}),
	]}
}

test_unknown_cache_cluster_is_reported if {
	check.deny == {{"resource": "Prod", "path": ["properties", "MethodSettings", 0, "CachingEnabled"], "msg": absent_msg("Prod", "MethodSettings[0].CachingEnabled")}} with input as {"resources": [res("Prod", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": unknown("Ref Cache"), "MethodSettings": [all_methods({"CachingEnabled": true})]})]}
}

test_stage_without_cache_cluster_passes if {
	count(check.deny) == 0 with input as {"resources": [
		res("Absent", "AWS::ApiGateway::Stage", {"MethodSettings": [all_methods({"CachingEnabled": true})]}),
		res("Off", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": "false", "MethodSettings": [all_methods({"CachingEnabled": true, "CacheDataEncrypted": false})]}),
		res("SamApi", "AWS::Serverless::Api", {"MethodSettings": [all_methods({"CachingEnabled": true})]}),
		res("Deploy", "AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"CachingEnabled": true}}),
	]}

	# A cache cluster alone, without a method setting that turns caching on, caches nothing.
	count(check.deny) == 0 with input as {"resources": [
		res("Prod", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "CacheClusterSize": "0.5"}),
		res("SamApi", "AWS::Serverless::Api", {"CacheClusterEnabled": true, "MethodSettings": [all_methods({"LoggingLevel": "INFO"})]}),
	]}
}

test_encrypted_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		res("Encrypted", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": [all_methods({"CachingEnabled": true, "CacheDataEncrypted": true}), all_methods({"CachingEnabled": "true", "CacheDataEncrypted": "TRUE"})]}),
		res("UnknownEncryption", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": [all_methods({"CachingEnabled": true, "CacheDataEncrypted": unknown("Ref Encrypt")})]}),
		res("UnknownCaching", "AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": [all_methods({"CachingEnabled": unknown("Ref Cache")})]}),
		res("UnknownList", "AWS::Serverless::Api", {"CacheClusterEnabled": true, "MethodSettings": unknown("Fn::If Cache")}),
		res("UnknownEntry", "AWS::Serverless::Api", {"CacheClusterEnabled": true, "MethodSettings": [unknown("Fn::If Cache")]}),
		res("UnknownStage", "AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": unknown("Fn::If Cache")}),
	]}
}

test_sam_globals if {
	caching := {"MethodSettings": [all_methods({"CachingEnabled": true})]}
	at_globals := {{"resource": "Globals.Api", "path": ["properties", "MethodSettings", 0, "CachingEnabled"], "msg": absent_msg("Globals.Api", "MethodSettings[0].CachingEnabled")}}

	# The API's own cache cluster.
	check.deny == at_globals with input as {"resources": [res("SamApi", "AWS::Serverless::Api", {"CacheClusterEnabled": true})], "globals": [globals("Api", caching)]}

	# The cache cluster from Globals, for an explicit and for the implicit API.
	check.deny == at_globals with input as {"resources": [res("SamApi", "AWS::Serverless::Api", {})], "globals": [globals("Api", object.union(caching, {"CacheClusterEnabled": true}))]}
	check.deny == at_globals with input as {
		"resources": [res("Visits", "AWS::Serverless::Function", {"Events": {"List": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "get"}}}})],
		"globals": [globals("Api", object.union(caching, {"CacheClusterEnabled": true}))],
	}

	# The API's own method settings, with the cache cluster from Globals.
	check.deny == {{"resource": "SamApi", "path": ["properties", "MethodSettings", 0, "CachingEnabled"], "msg": absent_msg("SamApi", "MethodSettings[0].CachingEnabled")}} with input as {
		"resources": [res("SamApi", "AWS::Serverless::Api", {"MethodSettings": [all_methods({"CachingEnabled": true})]})],
		"globals": [globals("Api", {"CacheClusterEnabled": true})],
	}

	# No SAM REST API with a cache cluster: the API's own false wins over Globals, the implicit
	# API has none, and an event with RestApiId does not use the implicit API.
	count(check.deny) == 0 with input as {
		"resources": [res("SamApi", "AWS::Serverless::Api", {"CacheClusterEnabled": false})],
		"globals": [globals("Api", object.union(caching, {"CacheClusterEnabled": true}))],
	}
	count(check.deny) == 0 with input as {
		"resources": [res("Visits", "AWS::Serverless::Function", {"Events": {"List": {"Type": "Api", "Properties": {"Path": "/visits", "Method": "get"}}}})],
		"globals": [globals("Api", caching)],
	}
	count(check.deny) == 0 with input as {
		"resources": [res("Visits", "AWS::Serverless::Function", {"Events": {"List": {"Type": "Api", "Properties": {"RestApiId": "abc123", "Path": "/visits", "Method": "get"}}}})],
		"globals": [globals("Api", object.union(caching, {"CacheClusterEnabled": true}))],
	}
}
