# METADATA
# title: Workflow grants the token write access to everything
# description: >-
#   The workflow or a job sets `permissions: write-all`: its GITHUB_TOKEN can
#   push code, create releases, change issues, packages, deployments and
#   security events. Any compromised step (a third-party action, an injected
#   script, a malicious dependency) can use it to tamper with the repository
#   and what gets deployed from it.
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
# custom:
#   id: EVD-GHA-006
#   severity: medium
#   remediation: >-
#     Set permissions: {} (or contents: read) at the top of the workflow and grant each
#     job only the scopes it needs (e.g. packages: write for a publish job).
#   selector:
#     input: github_actions
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Access authorization means granting a process only the access it needs; a write-all token reaches far beyond that.
#     gdpr: Least privilege by default limits what a compromised pipeline can do to systems processing personal data.
package evident.checks.github_actions.write_all_permissions

import data.evident.lib.finding

deny contains f if {
	some resource in input.resources
	resource.permissions == "write-all"
	f := finding.at(resource, ["permissions"], finding.format("%s sets permissions: write-all", [name(resource)]))
}

name(resource) := "the workflow" if resource.kind == "workflow"

else := resource.id
