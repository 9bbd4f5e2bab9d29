# METADATA
# title: GitHub-owned action not pinned to a commit
# description: >-
#   A step uses one of GitHub's own actions (`actions/*`, `github/*`) by a tag
#   or branch instead of a full commit SHA. These repositories are maintained
#   by GitHub, so the risk is lower than for third-party actions (EVD-GHA-001),
#   but a tag is still mutable: pinning makes the pipeline reproducible and
#   immune to a moved or compromised tag.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
# custom:
#   id: EVD-GHA-002
#   severity: low
#   remediation: >-
#     Pin to the full commit SHA of the release (actions/checkout@<sha> # v4.1.1) and let
#     Dependabot keep it current.
#   selector:
#     input: github_actions
#     resources: [job]
#   controls:
#     hipaa: ["164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Pinning the code that runs in the build pipeline protects the integrity of the software that handles ePHI.
#     gdpr: Controlling the code that builds and deploys processing systems is part of their integrity.
package evident.checks.github_actions.official_action_unpinned

import data.evident.lib.finding

deny contains f if {
	some job in input.resources
	job.kind == "job"
	some i, step in job.steps
	step.uses.official
	not step.uses.pinned
	not step.uses.dynamic
	f := finding.at(job, ["steps", i, "uses"], finding.format("step %d of %s uses %s, a GitHub action not pinned to a full commit SHA", [i + 1, job.id, step.uses.ref]))
}

deny contains f if {
	some job in input.resources
	job.kind == "job"
	job.uses.official
	not job.uses.pinned
	not job.uses.dynamic
	f := finding.at(job, ["uses"], finding.format("%s calls the GitHub reusable workflow %s, not pinned to a full commit SHA", [job.id, job.uses.ref]))
}
