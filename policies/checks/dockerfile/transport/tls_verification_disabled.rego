# METADATA
# title: TLS certificate verification disabled in the build
# description: >-
#   A RUN instruction turns off certificate verification (curl -k/--insecure,
#   wget --no-check-certificate, pip --trusted-host, npm/yarn strict-ssl
#   false, git http.sslVerify false, GIT_SSL_NO_VERIFY), or an ENV turns it off
#   for the running container (NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0). Any machine on the network path can then
#   impersonate the server: tampered downloads at build time, and intercepted
#   connections carrying data at run time.
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
# custom:
#   id: EVD-DKR-006
#   severity: medium
#   remediation: >-
#     Remove the flag or variable; install the CA certificate the server needs
#     (COPY it to /usr/local/share/ca-certificates and run update-ca-certificates)
#     instead of disabling verification.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(d)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security needs authenticated endpoints; without certificate checks ePHI in transit and the software that handles it can be altered.
#     gdpr: Encryption in transit protects personal data only when the peer is authenticated.
package evident.checks.dockerfile.tls_verification_disabled

import data.evident.lib.finding

insecure_commands := {
	"curl -k/--insecure": `\bcurl\b[^|;&\n]*\s(-[a-zA-Z]*k[a-zA-Z]*|--insecure)(\s|$)`,
	"wget --no-check-certificate": `\bwget\b[^|;&\n]*\s--no-check-certificate\b`,
	"pip --trusted-host": `\bpip[0-9.]*\b[^|;&\n]*\s--trusted-host\b`,
	"npm/yarn strict-ssl false": `\b(npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false\b`,
	"git http.sslVerify false": `(?i)\bgit\b[^|;&\n]*http\.sslverify(\s+|=)false\b`,
	"GIT_SSL_NO_VERIFY": `\bGIT_SSL_NO_VERIFY=(1|true)\b`,
	"NODE_TLS_REJECT_UNAUTHORIZED=0": `\bNODE_TLS_REJECT_UNAUTHORIZED=0\b`,
}

insecure_env := {"NODE_TLS_REJECT_UNAUTHORIZED": "0", "PYTHONHTTPSVERIFY": "0", "GIT_SSL_NO_VERIFY": "1", "CURL_INSECURE": "1"}

deny contains f if {
	some stage in input.resources
	some i, run in stage.runs
	some what, pattern in insecure_commands
	regex.match(pattern, run.command)
	f := finding.at(stage, ["runs", i], finding.format("RUN in %s disables TLS certificate verification (%s)", [stage.id, what]))
}

deny contains f if {
	some stage in input.resources
	some i, entry in stage.env
	is_string(entry.value)
	insecure_value(entry.key, entry.value)
	f := finding.at(stage, ["env", i], finding.format("ENV %s=%s in %s disables TLS certificate verification", [entry.key, entry.value, stage.id]))
}

insecure_value(key, value) if insecure_env[key] == value

insecure_value("GIT_SSL_NO_VERIFY", "true")
