# finding.format builds the text itself when every % is a %s and every
# argument a string, and leaves everything else to sprintf: both ways must give
# sprintf's text.
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
