# METADATA
# title: Secret written in a workflow
# description: >-
#   A workflow, job or step `env`, or a step's (or reusable workflow call's)
#   `with` input, sets a literal value that looks like a real credential: a
#   known key format, a password in a URL, or a random-looking value (or any
#   password) under a credential name. Workflow files are readable by everyone
#   with read access to the repository (everyone, for a public one) and stay
#   in its history.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions
# custom:
#   id: EVD-GHA-005
#   severity: high
#   remediation: >-
#     Store the value as an encrypted secret (repository, environment or organization)
#     and reference it as ${{ secrets.NAME }}, or use OIDC federation instead of a
#     long-lived key; rotate the exposed credential.
#   selector:
#     input: github_actions
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with the repository breaks access control and authentication of the systems holding ePHI.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.github_actions.secret_in_workflow

import data.evident.lib.finding
import data.evident.lib.github_actions

deny contains f if {
	some kv in github_actions.key_values
	kv.entry.secret
	f := finding.secret_at(kv.resource, kv.path, finding.format("%s %s.%s holds %s", [github_actions.owner(kv), kv.list, kv.entry.key, kv.entry.secret.label]))
}
