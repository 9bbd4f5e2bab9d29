package evident.checks.github_actions.third_party_action_unpinned_test

import data.evident.checks.github_actions.third_party_action_unpinned as check

uses(ref, props) := object.union({"ref": ref, "local": false, "docker": false, "pinned": false, "official": false, "dynamic": false}, props)

job(steps, called) := {"id": "job/build", "kind": "job", "job": "build", "file": "ci.yml", "startLine": 5, "endLine": 20, "uses": called, "steps": [{"index": i, "uses": u} | some i, u in steps]}

test_unpinned_third_party_actions_are_reported if {
	check.deny == {
		{"resource": "job/build", "path": ["steps", 1, "uses"], "msg": "step 2 of job/build uses docker/login-action@v3, not pinned to a full commit SHA"},
		{"resource": "job/build", "path": ["steps", 2, "uses"], "msg": "step 3 of job/build uses docker://alpine:3.19, not pinned to a full commit SHA"},
	} with input as {"type": "github_actions", "resources": [
		{"id": "workflow", "kind": "workflow"},
		job([uses("actions/checkout@v4", {"official": true}), uses("docker/login-action@v3", {}), uses("docker://alpine:3.19", {"docker": true})], null),
	]}
	check.deny == {{"resource": "job/build", "path": ["uses"], "msg": "job/build calls the reusable workflow acme/ci/.github/workflows/build.yml@main, not pinned to a full commit SHA"}} with input as {"type": "github_actions", "resources": [job([], uses("acme/ci/.github/workflows/build.yml@main", {}))]}
}

test_pinned_local_official_and_dynamic_pass if {
	count(check.deny) == 0 with input as {"type": "github_actions", "resources": [job(
		[
			null,
			uses("docker/login-action@343f7c4344506bcbf9b4de18042ae17996df046d", {"pinned": true}),
			uses("./.github/actions/setup", {"local": true, "pinned": true}),
			uses("actions/setup-node@v4", {"official": true}),
			uses("${{ matrix.action }}", {"dynamic": true}),
		],
		null,
	)]}
}

slsa(version) := uses(concat("@", ["slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml", version]), {"owner": "slsa-framework", "repository": "slsa-framework/slsa-github-generator"})

calling(id, called) := object.union(job([], called), {"id": id})

test_slsa_generator_at_a_release_tag_passes if {
	check.deny == set() with input as {"type": "github_actions", "resources": [
		calling("job/provenance", slsa("v2.1.0")),
		calling("job/provenance-tag", slsa("refs/tags/v1.10.0")),
	]}
}

test_slsa_generator_at_a_branch_or_short_tag_and_its_actions_are_reported if {
	check.deny == {
		{"resource": "job/main", "path": ["uses"], "msg": "job/main calls the reusable workflow slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@main, not pinned to a full commit SHA"},
		{"resource": "job/v2", "path": ["uses"], "msg": "job/v2 calls the reusable workflow slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2, not pinned to a full commit SHA"},
		{"resource": "job/build", "path": ["steps", 0, "uses"], "msg": "step 1 of job/build uses slsa-framework/slsa-github-generator/actions/generator/generic/create-base64-subjects-from-file@v2.1.0, not pinned to a full commit SHA"},
		{"resource": "job/fork", "path": ["uses"], "msg": "job/fork calls the reusable workflow someone/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0, not pinned to a full commit SHA"},
	} with input as {"type": "github_actions", "resources": [
		calling("job/main", slsa("main")),
		calling("job/v2", slsa("v2")),
		job([uses("slsa-framework/slsa-github-generator/actions/generator/generic/create-base64-subjects-from-file@v2.1.0", {"owner": "slsa-framework", "repository": "slsa-framework/slsa-github-generator"})], null),
		calling("job/fork", uses("someone/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0", {"owner": "someone", "repository": "someone/slsa-github-generator"})),
	]}
}
