package evident.checks.terraform.codebuild_source_credentials_in_url_test

import data.evident.checks.terraform.codebuild_source_credentials_in_url as check
import data.evident.lib.tf_fixtures_test as tf

project(name, location, secondary) := tf.res("aws_codebuild_project", name, {
	"name": name,
	"source": [{"type": "GITHUB", "location": location}],
	"secondary_sources": [{"type": "GITHUB", "source_identifier": "lib", "location": l} | some l in secondary],
})

at(id, path, msg) := {"resource": id, "path": path, "msg": msg, "secret": true}

test_password_and_token_urls_are_reported if {
	check.deny == {
		at("aws_codebuild_project.a", ["config", "source", 0, "location"], "aws_codebuild_project.a sets a source location with a password or token in the URL"),
		at("aws_codebuild_project.a", ["config", "secondary_sources", 1, "location"], "aws_codebuild_project.a sets a secondary_sources location with a token in the URL"),
		at("aws_codebuild_project.b", ["config", "source", 0, "location"], "aws_codebuild_project.b sets a source location with a token in the URL"),
		at("aws_codebuild_project.c", ["config", "source", 0, "location"], "aws_codebuild_project.c sets a source location with a token in the URL"),
		at("aws_codebuild_project.d", ["config", "source", 0, "location"], "aws_codebuild_project.d sets a source location with a password or token in the URL"),
	} with input as tf.doc([
		project("a", "https://ci-bot:ghp_Z4x9Qm2LkR7tP0vW3yB8nC5dF1hJ6sA2eK4u@github.com/clinic/portal.git", [
			"https://github.com/clinic/shared.git",
			"https://glpat-x7Kq9Lm2Np4Rs6Tv8Wy0z@gitlab.com/clinic/lib.git",
		]),
		project("b", "https://github_pat_11ABCDEFG0123456789_abcdefghijklmnop@github.com/clinic/api", []),
		project("c", "https://0123456789abcdef0123456789abcdef01234567@github.com/clinic/api.git", []),
		project("d", "https://x-token-auth:ATBB3xYz9KqLm2Np4Rs6Tv8Wy0@bitbucket.org/clinic/api.git", []),
	])
}

test_user_names_placeholders_and_plain_urls_pass if {
	count(check.deny) == 0 with input as tf.doc([
		project("a", "https://github.com/clinic/portal.git", ["https://jdoe@bitbucket.org/clinic/lib.git"]),
		project("b", "https://x-token-auth:{token}@bitbucket.org/clinic/api.git", ["https://user:<token>@github.com/clinic/lib.git"]),
		project("c", "https://xxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/clinic/api.git", ["https://build-user-2021-ci@github.com/clinic/lib.git"]),
		project("d", "clinic-artifacts/source.zip", ["https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/portal"]),
		project("e", "ssh://git@github.com/clinic/portal.git", ["git@github.com:clinic/lib.git"]),
		project("f", "https://github.com/clinic/docs@main", []),
	])
}

test_unknown_locations_pass if {
	count(check.deny) == 0 with input as tf.doc([
		project("a", tf.unknown("var.repo_url"), [{"__unknown__": "\"https://ci:${var.token}@github.com/clinic/lib.git\"", "refs": ["var.token"]}]),
		tf.res("aws_codebuild_project", "b", {"source": tf.unknown("var.source")}),
	])
}

test_committed_secret_variables_and_plans_pass if {
	url := "https://ci-bot:ghp_Z4x9Qm2LkR7tP0vW3yB8nC5dF1hJ6sA2eK4u@github.com/clinic/portal.git"
	count(check.deny) == 0 with input as object.union(tf.doc([project("a", url, [])]), {"variables": [{"name": "repo_token_url", "default": url}]})
	count(check.deny) == 0 with input as object.union(tf.doc([project("a", url, [])]), {"format": "plan"})

	# A URL that interpolates a committed token variable (resolved by the parser).
	token := "ghp_Z4x9Qm2LkR7tP0vW3yB8nC5dF1hJ6sA2eK4u"
	count(check.deny) == 0 with input as object.union(tf.doc([project("a", url, [])]), {"variables": [{"name": "git_token", "default": token}]})
	check.deny == {at("aws_codebuild_project.a", ["config", "source", 0, "location"], "aws_codebuild_project.a sets a source location with a password or token in the URL")} with input as object.union(tf.doc([project("a", url, [])]), {"variables": [{"name": "git_branch", "default": "main"}]})
}
