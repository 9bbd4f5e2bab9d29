# METADATA
# title: Secret in a .env file
# description: >-
#   A variable of a .env file holds a value that looks like a real
#   credential: a known key format (AWS, GitHub, Stripe, Slack, private
#   key…), a password in a connection string, or a random-looking value (or
#   any password) under a credential name. Placeholders (`changeme`,
#   `<your-key>`, `xxx`, `${OTHER}`) and empty values are not reported, so
#   .env.example files stay quiet unless they hold a real value. A .env file
#   in the repository is readable by everyone with the repository and stays
#   in its history.
# related_resources:
#   - ref: https://12factor.net/config
#   - ref: https://github.com/motdotla/dotenv#should-i-commit-my-env-file
# custom:
#   id: EVD-ENV-001
#   severity: high
#   remediation: >-
#     Remove the file from version control (git rm --cached, add it to .gitignore), keep
#     only placeholders in .env.example, load real values from a secret manager, and
#     rotate the exposed credential (it stays in the git history).
#   selector:
#     input: dotenv
#     resources: [variable]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with the repository breaks access control and authentication of the systems holding ePHI.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.dotenv.committed_secret

import data.evident.lib.finding

deny contains f if {
	some variable in input.resources
	variable.secret
	f := finding.secret_at(variable, ["value"], finding.format("%s in %s holds %s", [variable.key, input.path, variable.secret.label]))
}
