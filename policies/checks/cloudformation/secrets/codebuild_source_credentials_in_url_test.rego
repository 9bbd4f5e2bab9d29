package evident.checks.cloudformation.codebuild_source_credentials_in_url_test

import data.evident.checks.cloudformation.codebuild_source_credentials_in_url as check

project(id, location, secondary) := {
	"id": id, "type": "AWS::CodeBuild::Project", "properties": {
		"Source": {"Type": "GITHUB", "Location": location},
		"SecondarySources": [{"Type": "GITHUB", "SourceIdentifier": "lib", "Location": l} | some l in secondary],
	},
	"dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9,
}

param(name) := {"__unknown__": concat(" ", ["Ref", name]), "refs": [name]}

at(id, path, msg) := {"resource": id, "path": path, "msg": msg, "secret": true}

test_password_and_token_urls_are_reported if {
	check.deny == {
		at("A", ["properties", "Source", "Location"], "A sets a Source location with a password or token in the URL"),
		at("A", ["properties", "SecondarySources", 1, "Location"], "A sets a SecondarySources location with a token in the URL"),
		at("B", ["properties", "Source", "Location"], "B sets a Source location with a token in the URL"),
		at("C", ["properties", "Source", "Location"], "C sets a Source location with a token in the URL"),
		at("D", ["properties", "Source", "Location"], "D sets a Source location with a password or token in the URL"),
	} with input as {"resources": [
		project("A", "https://ci-bot:ghp_Z4x9Qm2LkR7tP0vW3yB8nC5dF1hJ6sA2eK4u@github.com/clinic/portal.git", [
			"https://github.com/clinic/shared.git",
			"https://glpat-x7Kq9Lm2Np4Rs6Tv8Wy0z@gitlab.com/clinic/lib.git",
		]),
		project("B", "https://github_pat_11ABCDEFG0123456789_abcdefghijklmnop@github.com/clinic/api", []),
		project("C", "HTTPS://0123456789abcdef0123456789abcdef01234567@github.com/clinic/api.git", []),
		project("D", "https://x-token-auth:ATBB3xYz9KqLm2Np4Rs6Tv8Wy0@bitbucket.org/clinic/api.git", []),
	]}
}

test_user_names_placeholders_and_plain_urls_pass if {
	count(check.deny) == 0 with input as {"resources": [
		project("A", "https://github.com/clinic/portal.git", ["https://jdoe@bitbucket.org/clinic/lib.git"]),
		project("B", "https://x-token-auth:{token}@bitbucket.org/clinic/api.git", ["https://user:<token>@github.com/clinic/lib.git"]),
		project("C", "https://xxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/clinic/api.git", ["https://build-user-2021-ci@github.com/clinic/lib.git"]),
		project("D", "clinic-artifacts/source.zip", ["https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/portal"]),
		project("E", "ssh://git@github.com/clinic/portal.git", ["git@github.com:clinic/lib.git"]),
		project("F", "https://ci:{{resolve:secretsmanager:github-token}}@github.com/clinic/api.git", []),
	]}
}

test_unknown_locations_pass if {
	count(check.deny) == 0 with input as {"resources": [
		project("A", param("RepoUrl"), [{"__unknown__": "Fn::Sub https://ci:${Token}@github.com/clinic/lib.git", "refs": ["Token"]}]),
		{"id": "B", "type": "AWS::CodeBuild::Project", "properties": {"Source": param("Source"), "SecondarySources": param("More")}},
		{"id": "C", "type": "AWS::CodeBuild::Project", "properties": {"Source": {"Type": "CODEPIPELINE"}}},
	]}
}
