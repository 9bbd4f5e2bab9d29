# METADATA
# title: Secret written in a service's environment
# description: >-
#   A compose service's environment sets a literal value that looks like a
#   real credential: a known key format, a password in a connection string,
#   or a random-looking value (or any password) under a credential name. The
#   compose file is committed and shared; the value is also visible to anyone
#   who can run docker inspect on the host.
# related_resources:
#   - ref: https://docs.docker.com/compose/how-tos/use-secrets/
#   - ref: https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/
# custom:
#   id: EVD-DC-004
#   severity: high
#   remediation: >-
#     Use compose secrets (secrets: + *_FILE variables), or interpolate the value from
#     the deployment environment (${DB_PASSWORD:?}) kept out of version control; rotate
#     the exposed credential.
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with the repository breaks access control and authentication of the systems holding ePHI.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.compose.secret_in_environment

import data.evident.lib.finding

deny contains f if {
	some service in input.resources
	some i, entry in service.environment
	entry.secret
	f := finding.secret_at(service, ["environment", i, "value"], finding.format("%s sets %s to %s in its environment", [service.id, entry.key, entry.secret.label]))
}
