# METADATA
# title: Hard-coded secret in a configuration file
# description: >-
#   A YAML or JSON configuration file (application settings, Helm values,
#   appsettings.json, fixtures) holds a value that looks like a real secret:
#   a provider key in a known format (AWS access key, GitHub/GitLab/Slack/
#   Stripe/SendGrid/OpenAI tokens, private key blocks, a password in a
#   connection URL), or a high-entropy literal under a credential key such as
#   password, clientSecret or api_key. Placeholders (changeme, <password>,
#   ${DB_PASSWORD}, xxxxx), references (vault:, arn:, env:), local or
#   documentation hosts and words of prose (a translated label) are not
#   reported; in translation catalogs (a locales/, i18n/, lang/ or
#   languages/ folder) and documentation samples (under an example or
#   examples key) only provider formats are. Everyone who can read the
#   repository, its forks and its history holds the credential. The value is
#   masked in every output.
# related_resources:
#   - ref: https://cwe.mitre.org/data/definitions/798.html
#   - ref: https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
# custom:
#   id: EVD-CFG-001
#   severity: high
#   remediation: >-
#     Remove the value from the file and load it at run time from a secret
#     manager or the environment (Kubernetes Secrets from an external store,
#     Helm --set from CI secrets, ${ENV} references). Rotate the credential:
#     it remains in the git history.
#   selector:
#     input: config
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential committed in configuration no longer restricts access to ePHI systems (164.312(a)(1)) or authenticates anyone (164.312(d)), and cannot be safeguarded as password management requires (164.308(a)(5)(ii)(D)).
#     gdpr: Shared credentials undermine the confidentiality of the systems that process personal data (Art.32(1)(b), Art.5(1)(f)).
package evident.checks.config.hardcoded_secret

import data.evident.lib.finding

# The parser recognises the values (known formats, entropy under credential
# keys): Rego cannot measure entropy. Its label names the format, or
# "credential".
deny contains f if {
	some r in input.resources
	f := finding.secret_at(r, ["value"], finding.format("Hard-coded %s in %s (****): load it from a secret manager or the environment", [r.secret.label, r.id]))
}
