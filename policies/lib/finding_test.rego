# finding.format builds the text itself when every verb is a %s with a string
# or a %d with an integer, and leaves everything else to sprintf: both ways
# must give sprintf's text.
package evident.lib.finding_test

import data.evident.lib.finding

cases := [
	["%s", ["a"]],
	["%s sets %s on %s", ["aws_s3_bucket.logs", "acl", "public-read"]],
	["no verb at all", []],
	["%s at the end %s", ["", "x"]],
	["%s%s", ["a", "b"]],
	["quotes \"%s\" and 100%% of %s", ["q", "it"]],
	["%d container(s) in %s", [3, "ns"]],
	["%s keeps backups for %d day(s); at least %d", ["aws_db_instance.a", 1, 7]],
	["port %d, offset %d, big %d", [0, -3, 1234567890123]],
	["%d of a fraction", [2.5]],
	["%d of a string", ["3"]],
	["%s then %d", ["a"]],
	["%x in hex", [255]],
	["%v any", ["a"]],
	["%5d wide", [3]],
	["%d%s%d", [1, "-", 2]],
	["trailing %", []],
	["%", []],
	["%s is a number", [42]],
	["%s is a list", [["a", "b"]]],
	["%s and %s", ["only one"]],
	["%s", ["a", "b"]],
]

test_format_gives_sprintf_text if {
	every case in cases {
		finding.format(case[0], case[1]) == sprintf(case[0], case[1])
	}
}

test_format_builds_string_arguments_itself if {
	finding.format("%s \"%s\" of %s", ["container", "api", "Deployment/ns/api"]) == "container \"api\" of Deployment/ns/api"
	finding.format("plain", []) == "plain"
}

test_format_builds_integer_arguments_itself if {
	finding.format("%s rule %d grants %d", ["Role/a", 0, 12]) == "Role/a rule 0 grants 12"
	finding.format("#%d", [-7]) == "#-7"
}

test_format_writes_unknown_values_as_their_expression if {
	finding.format("volume \"%s\" of %s", [{"__unknown__": "volume.value", "refs": ["volume.value"]}, "kubernetes_pod.a"]) == "volume \"volume.value\" of kubernetes_pod.a"
	finding.format("image %s", [{"__unknown__": "\"${var.image}:1.0\"", "refs": ["var.image"]}]) == "image ${var.image}:1.0"
	finding.format("%s", [{"__unknown__": "\""}]) == "\""
	finding.format("%s", [{"__unknown__": "\"\""}]) == ""
}

test_value_text if {
	finding.value_text("FALSE") == "FALSE"
	finding.value_text(false) == "false"
	finding.value_text(0) == "0"
	finding.value_text({"__unknown__": "var.port", "refs": ["var.port"]}) == "var.port"
	finding.value_text({"__unknown__": "\"${var.app}-db\"", "refs": ["var.app"]}) == "${var.app}-db"
	finding.format("%s = %s", ["a", finding.value_text(true)]) == "a = true"
}
