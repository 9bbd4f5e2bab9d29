# METADATA
# title: Third-party action not pinned to a commit
# description: >-
#   A step (or a job calling a reusable workflow) uses an action of another
#   owner than GitHub by a tag or branch (`owner/action@v3`, `@main`) instead
#   of a full 40-character commit SHA, or a docker:// image without a digest.
#   Tags and branches can be moved: whoever controls the action's repository
#   (or compromises it, as with tj-actions/changed-files in 2025) runs code in
#   the pipeline with its secrets and its write token, and can tamper with
#   what gets built and deployed. Calls of the reusable workflows of
#   slsa-framework/slsa-github-generator at a release tag (`@vX.Y.Z`) are not
#   reported: the generator verifies its own ref and fails when referenced by
#   a commit SHA (its README, "Referencing the SLSA generator"; issue #722).
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
#   - ref: https://github.com/slsa-framework/slsa-github-generator#referencing-slsa-builders-and-generators
#   - ref: https://github.com/slsa-framework/slsa-github-generator/issues/722
# custom:
#   id: EVD-GHA-001
#   severity: medium
#   remediation: >-
#     Pin the action to the full commit SHA of the reviewed release
#     (owner/action@<40-hex sha> # v3.2.1) and let Dependabot or Renovate update it.
#   selector:
#     input: github_actions
#     resources: [job]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Mutable third-party code in the build pipeline can bring malicious software into, and alter, the systems that handle ePHI.
#     gdpr: Controlling the code that builds and deploys processing systems is part of their integrity.
package evident.checks.github_actions.third_party_action_unpinned

import data.evident.lib.finding

deny contains f if {
	some job in input.resources
	job.kind == "job"
	some i, step in job.steps
	unpinned_third_party(step.uses)
	f := finding.at(job, ["steps", i, "uses"], finding.format("step %d of %s uses %s, not pinned to a full commit SHA", [i + 1, job.id, step.uses.ref]))
}

deny contains f if {
	some job in input.resources
	job.kind == "job"
	unpinned_third_party(job.uses)
	f := finding.at(job, ["uses"], finding.format("%s calls the reusable workflow %s, not pinned to a full commit SHA", [job.id, job.uses.ref]))
}

unpinned_third_party(uses) if {
	not uses.local
	not uses.official
	not uses.pinned
	not uses.dynamic
	not slsa_generator(uses)
}

# slsa_generator(uses): a reusable workflow of the SLSA generator at a release
# tag (`@v2.1.0`, `@refs/tags/v2.1.0`), the only reference it accepts: it fails
# on SHAs, branches and short tags (`@v2`).
slsa_generator(uses) if {
	uses.repository == "slsa-framework/slsa-github-generator"
	regex.match(`^[^/]+/[^/]+/\.github/workflows/[^/@]+\.ya?ml@(refs/tags/)?v[0-9]+\.[0-9]+\.[0-9]+$`, uses.ref)
}
