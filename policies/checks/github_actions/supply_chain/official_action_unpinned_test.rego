package evident.checks.github_actions.official_action_unpinned_test

import data.evident.checks.github_actions.official_action_unpinned as check

uses(ref, props) := object.union({"ref": ref, "local": false, "docker": false, "pinned": false, "official": true, "dynamic": false}, props)

job(steps) := {"id": "job/test", "kind": "job", "job": "test", "file": "ci.yml", "startLine": 5, "endLine": 20, "uses": null, "steps": [{"index": i, "uses": u} | some i, u in steps]}

test_official_action_by_tag_is_reported if {
	check.deny == {{"resource": "job/test", "path": ["steps", 0, "uses"], "msg": "step 1 of job/test uses actions/checkout@v4, a GitHub action not pinned to a full commit SHA"}} with input as {"type": "github_actions", "resources": [job([
		uses("actions/checkout@v4", {}),
		uses("actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8", {"pinned": true}),
		uses("docker/login-action@v3", {"official": false}),
	])]}
}

test_pinned_and_runs_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [job([null, uses("github/codeql-action/init@4dd16135b69a43b6c8efb853346f8437d92d3c93", {"pinned": true})])]}
}
