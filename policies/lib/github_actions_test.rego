package evident.lib.github_actions_test

import data.evident.lib.github_actions

kv(key, value) := {"key": key, "value": value, "yamlPath": ["env", key]}

workflow := {"id": "workflow", "kind": "workflow", "env": [kv("CI", "true")]}

job := {"id": "job/build", "kind": "job", "env": [], "with": [kv("token", "x")], "steps": [
	{"index": 0, "env": [], "run": "make"},
	{"index": 1, "env": [kv("A", "1"), kv("B", "2")], "with": [kv("node-version", "20")]},
]}

test_key_values_list_every_level_with_its_path if {
	kvs := github_actions.key_values with input as {"type": "github_actions", "resources": [workflow, job]}
	[[kv.resource.id, kv.list, kv.entry.key, kv.path, kv.step] | some kv in kvs] == [
		["workflow", "env", "CI", ["env", 0, "value"], -1],
		["job/build", "with", "token", ["with", 0, "value"], -1],
		["job/build", "env", "A", ["steps", 1, "env", 0, "value"], 1],
		["job/build", "env", "B", ["steps", 1, "env", 1, "value"], 1],
		["job/build", "with", "node-version", ["steps", 1, "with", 0, "value"], 1],
	]
}

test_owner_names_the_workflow_the_job_or_the_step if {
	github_actions.owner({"resource": workflow, "step": -1}) == "the workflow's"
	github_actions.owner({"resource": job, "step": -1}) == "job/build"
	github_actions.owner({"resource": job, "step": 1}) == "step 2 of job/build:"
}
