# METADATA
# title: Job runs with the default token permissions
# description: >-
#   Neither the workflow nor the job sets `permissions`, so the job's
#   GITHUB_TOKEN gets the repository's or organization's default, which is
#   read and write on every scope in repositories created before February
#   2023 and in many organizations. The workflow file does not say what the
#   job may do, and a compromised step may get write access. Reusable
#   workflows that only run on workflow_call are not reported: their token
#   is the caller's, whose permissions they can only reduce. A job that
#   calls a reusable workflow (`jobs.<id>.uses`) is reported like any other,
#   since the called workflow gets that job's GITHUB_TOKEN permissions and
#   can only reduce them, so the calling job is where they must be set
#   (GitHub Docs, "Reusable workflows reference").
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
#   - ref: https://github.blog/changelog/2023-02-02-github-actions-updating-the-default-github_token-permissions-to-read-only/
#   - ref: https://docs.github.com/en/actions/reference/workflows-and-actions/reusable-workflows
# custom:
#   id: EVD-GHA-007
#   severity: low
#   remediation: >-
#     Add permissions: {} or contents: read at the top of the workflow and grant jobs the
#     scopes they need (a job calling a reusable workflow: the scopes the called jobs need).
#   selector:
#     input: github_actions
#     resources: [job]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access authorization should be explicit and minimal for every process, including pipeline tokens.
#     gdpr: Data protection by default asks that access is limited unless deliberately granted.
package evident.checks.github_actions.default_token_permissions

import data.evident.lib.finding

deny contains f if {
	some workflow in input.resources
	workflow.kind == "workflow"
	workflow.permissions == null
	workflow.triggers != ["workflow_call"]
	some job in input.resources
	job.kind == "job"
	job.permissions == null
	f := finding.of(job, message(job))
}

message(job) := finding.format("%s sets no permissions and neither does the workflow: its GITHUB_TOKEN gets the repository's default permissions", [job.id]) if {
	object.get(job, "uses", null) == null
}

message(job) := finding.format("%s calls the reusable workflow %s and sets no permissions, and neither does the workflow: the GITHUB_TOKEN it passes to that workflow gets the repository's default permissions", [job.id, job.uses.ref]) if {
	object.get(job, "uses", null) != null
}
