package evident.checks.openapi.plaintext_server_url_test

import data.evident.checks.openapi.plaintext_server_url as check
import data.evident.lib.openapi_fixtures_test as oa

test_http_server_is_reported if {
	check.deny == {{
		"resource": "Clinic API",
		"path": ["servers", 1],
		"msg": "server http://api.clinic.example/v1 of Clinic API is not encrypted (http)",
	}} with input as oa.doc([oa.api({"servers": [
		oa.server("https://api.clinic.example/v1", "https", false),
		oa.server("http://api.clinic.example/v1", "http", false),
	]})])
}

test_https_local_and_relative_servers_pass if {
	count(check.deny) == 0 with input as oa.doc([oa.api({"servers": [
		oa.server("https://api.clinic.example", "https", false),
		oa.server("http://localhost:8080", "http", true),
		oa.server("/v1", "", false),
		oa.server("{scheme}://api.clinic.example", "", false),
	]})])
}

# One finding per URL, at its first declaration; a description without host shows {host}.
test_repeated_and_hostless_servers if {
	check.deny == {
		{"resource": "Clinic API", "path": ["servers", 0], "msg": "server http://{host}/ of Clinic API is not encrypted (http)"},
		{"resource": "Clinic API", "path": ["servers", 3], "msg": "server http://api.clinic.example/v2 of Clinic API is not encrypted (http)"},
	} with input as oa.doc([oa.api({"servers": [
		object.union(oa.server("http:///", "http", false), {"host": ""}),
		oa.server("https:///", "https", false),
		object.union(oa.server("http:///", "http", false), {"host": "", "level": "operation"}),
		object.union(oa.server("http://api.clinic.example/v2", "http", false), {"level": "operation"}),
		object.union(oa.server("http://api.clinic.example/v2", "http", false), {"level": "operation"}),
	]})])
}
