# METADATA
# title: Deprecated set-env and add-path workflow commands turned back on
# description: >-
#   A workflow sets ACTIONS_ALLOW_UNSECURE_COMMANDS to true, in its env, a
#   job's or a step's, or by writing it to $GITHUB_ENV. The runner then
#   accepts the `::set-env` and `::add-path` commands again, which GitHub
#   disabled in 2020 because any text a step prints can carry them: a pull
#   request title, an issue comment or a dependency's log line that holds
#   `::set-env name=NODE_OPTIONS::--require=/tmp/x.js` changes the
#   environment, or the PATH, of every later step, and so runs code with the
#   job's token and secrets. The runner takes the value as a boolean in any
#   case (true, True, TRUE). Not reported: a `${{ … }}` value, which is not
#   known here.
# related_resources:
#   - ref: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/
#   - ref: https://github.com/actions/toolkit/security/advisories/GHSA-mfwh-5m23-j46w
# custom:
#   id: EVD-GHA-009
#   severity: high
#   remediation: >-
#     Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to the environment
#     files instead: echo "NAME=value" >> "$GITHUB_ENV" and
#     echo "/some/dir" >> "$GITHUB_PATH". Update actions that still print
#     ::set-env or ::add-path.
#   selector:
#     input: github_actions
#     resources: [workflow, job]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Code injection in the pipeline lets outsiders alter software and reach credentials protecting ePHI.
#     gdpr: Injection into the build pipeline threatens the integrity and confidentiality of processing systems.
package evident.checks.github_actions.unsecure_commands_allowed

import data.evident.lib.finding
import data.evident.lib.github_actions

variable := "ACTIONS_ALLOW_UNSECURE_COMMANDS"

deny contains f if {
	some kv in github_actions.key_values
	kv.list == "env"
	allows(kv.entry)
	f := finding.at(kv.resource, kv.path, finding.format("%s env sets %s=%s: %s", [github_actions.owner(kv), kv.entry.key, kv.entry.value, consequence(kv.step)]))
}

deny contains f if {
	some job in input.resources
	job.kind == "job"
	some s, step in job.steps
	written_to_github_env(step.run)
	f := finding.at(job, ["steps", s, "run"], finding.format("step %d of %s writes %s=true to $GITHUB_ENV: any text a later step prints can set environment variables and the PATH (::set-env, ::add-path)", [s + 1, job.id, variable]))
}

# consequence(step): what the setting allows, said for the workflow or a job (-1), or for one step.
consequence(-1) := "any text a step prints can set environment variables and the PATH of later steps (::set-env, ::add-path)"

consequence(step) := "any text a later command prints can set environment variables and the PATH (::set-env, ::add-path)" if step >= 0

# allows(entry): an env entry ACTIONS_ALLOW_UNSECURE_COMMANDS whose value the runner parses as true.
allows(entry) if {
	entry.key == variable
	is_string(entry.value)
	lower(trim_space(entry.value)) == "true"
}

# written_to_github_env(run): a run script that appends ACTIONS_ALLOW_UNSECURE_COMMANDS=true
# (quoted or not, any case of true) to the environment file of later steps.
written_to_github_env(run) if {
	is_string(run)
	contains(run, variable)
	contains(run, "GITHUB_ENV")
	regex.match(`ACTIONS_ALLOW_UNSECURE_COMMANDS=["']?(?i:true)\b`, run)
}
