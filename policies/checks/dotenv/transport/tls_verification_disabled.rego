# METADATA
# title: TLS certificate verification disabled by an environment variable
# description: >-
#   A .env variable turns off TLS certificate verification for the whole
#   process: NODE_TLS_REJECT_UNAUTHORIZED=0 (Node.js), PYTHONHTTPSVERIFY=0
#   (Python), NPM_CONFIG_STRICT_SSL=false (npm), GIT_SSL_NO_VERIFY (git) or
#   PIP_TRUSTED_HOST (pip) set to any value. Every HTTPS connection of the
#   application then accepts any certificate, so anyone on the network path
#   can impersonate its APIs and databases and read or change the data sent.
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
# custom:
#   id: EVD-ENV-004
#   severity: medium
#   remediation: >-
#     Remove the variable; give the process the CA it needs (NODE_EXTRA_CA_CERTS,
#     SSL_CERT_FILE, REQUESTS_CA_BUNDLE) instead of disabling verification.
#   selector:
#     input: dotenv
#     resources: [variable]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security needs authenticated endpoints; without certificate checks ePHI in transit can be intercepted and altered.
#     gdpr: Encryption in transit protects personal data only when the peer is authenticated.
package evident.checks.dotenv.tls_verification_disabled

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some variable in input.resources
	transport.verification_off(variable.key, variable.value)
	f := finding.at(variable, ["value"], finding.format("%s=%s disables TLS certificate verification%s", [variable.key, variable.value, transport.verification_off_note(variable.key, variable.value)]))
}
