# METADATA
# title: Privileged workflow checks out untrusted pull request code
# description: >-
#   A workflow triggered by pull_request_target or workflow_run (which run
#   with the base repository's secrets and a write token, even for pull
#   requests from forks) checks out the pull request's head: actions/checkout
#   with a ref of the PR head (github.event.pull_request.head.sha/ref,
#   github.head_ref, refs/pull/…, the workflow_run head), or git/gh commands
#   that fetch it. Any build step that then runs the checked-out code
#   (npm install, make, tests) runs the attacker's code with those secrets
#   ("pwn request").
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target
# custom:
#   id: EVD-GHA-003
#   severity: high
#   remediation: >-
#     Build untrusted code in a pull_request workflow (no secrets, read-only token) and
#     hand results to the privileged workflow as artifacts; never check out the PR head
#     in pull_request_target/workflow_run, or at least run nothing from it.
#   selector:
#     input: github_actions
#     resources: [job]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(c)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Running untrusted code with deployment secrets gives outsiders access to the systems and credentials that protect ePHI.
#     gdpr: Exposing pipeline secrets to anyone who opens a pull request breaks the confidentiality and integrity of processing systems.
package evident.checks.github_actions.untrusted_checkout

import data.evident.lib.finding

privileged_triggers := {"pull_request_target", "workflow_run"}

head_ref := `github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs/pull/|github\.event\.number|github\.event\.pull_request\.number`

fetch_command := `(?i)(\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch)\b[^\n]*(\$\{\{\s*(github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head)|refs/pull/))`

triggers contains t if {
	some workflow in input.resources
	workflow.kind == "workflow"
	some t in workflow.triggers
	privileged_triggers[t]
}

deny contains f if {
	count(triggers) > 0
	t := sort(triggers)[0]
	some job in input.resources
	job.kind == "job"
	some i, step in job.steps
	step.uses.repository == "actions/checkout"
	some entry in step.with
	entry.key == "ref"
	is_string(entry.value)
	regex.match(head_ref, entry.value)
	f := finding.at(job, ["steps", i, "with", ref_index(step), "value"], finding.format("step %d of %s checks out the pull request head (%s) in a %s workflow", [i + 1, job.id, entry.value, t]))
}

deny contains f if {
	count(triggers) > 0
	t := sort(triggers)[0]
	some job in input.resources
	job.kind == "job"
	some i, step in job.steps
	is_string(step.run)
	regex.match(fetch_command, step.run)
	f := finding.at(job, ["steps", i, "run"], finding.format("step %d of %s fetches the pull request head in a %s workflow", [i + 1, job.id, t]))
}

ref_index(step) := i if {
	some i, entry in step.with
	entry.key == "ref"
}
