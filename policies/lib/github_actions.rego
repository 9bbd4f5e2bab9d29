# METADATA
# title: GitHub Actions helpers
# description: >-
#   The key/value entries of a workflow and their wording in messages
#   (src/parsers/github-actions.ts: a 'workflow' resource, then one resource
#   per job).
# custom:
#   library: true
package evident.lib.github_actions

import data.evident.lib.finding

# env_owner(resource): whose env or inputs a message names: "the workflow's" for the workflow's
# own, else the job's id ("job/build").
env_owner(resource) := "the workflow's" if resource.kind == "workflow"

else := resource.id

# key_values: every entry of the `env` and `with` lists of the workflow, of its jobs and of their
# steps, as {"resource" (the workflow or the job), "list" ("env" or "with"), "entry" ({key,
# value, …}), "path" (inside the resource, to the value), "step" (the step's index, -1 for the
# workflow's and a job's own entries)}. The checks that read env or inputs (secrets, TLS
# verification, workflow commands) iterate this one list instead of the two levels each.
key_values := array.concat(own_key_values, step_key_values)

own_key_values := [{"resource": resource, "list": list, "entry": entry, "path": [list, i, "value"], "step": -1} |
	some resource in input.resources
	some list in ["env", "with"]
	some i, entry in object.get(resource, list, [])
]

step_key_values := [{"resource": job, "list": list, "entry": entry, "path": ["steps", s, list, i, "value"], "step": s} |
	some job in input.resources
	job.kind == "job"
	some s, step in job.steps
	some list in ["env", "with"]
	some i, entry in object.get(step, list, [])
]

# owner(kv): how a message names whose entry kv (of key_values) is: "the workflow's", the job's
# id, or "step 2 of job/build:". Formatted only for the entries a check reports.
owner(kv) := env_owner(kv.resource) if kv.step < 0

else := finding.format("step %d of %s:", [kv.step + 1, kv.resource.id])
