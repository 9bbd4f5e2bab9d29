# METADATA
# title: Service environment turns TLS off
# description: >-
#   A compose service's environment disables TLS certificate verification
#   (NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY),
#   connects to a remote database with TLS turned off in its URL
#   (sslmode=disable or allow, ssl=false, tls=false, useSSL=false,
#   ssl-mode=DISABLED), or turns a database client's TLS setting off
#   (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …). Without
#   verification anyone on the path can impersonate the server; without TLS
#   the queries and the records they return cross the network in clear text.
#   The same reading as .env files (EVD-ENV-002, EVD-ENV-004): a URL to a
#   local host (another service of the file such as db, localhost, private
#   addresses, .internal names) is not reported, nor is a value taken from
#   the deployment environment (${DB_URL}).
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://www.postgresql.org/docs/current/libpq-ssl.html
#   - ref: https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/
# custom:
#   id: EVD-DC-007
#   severity: medium
#   remediation: >-
#     Remove the variable that disables certificate verification and give the
#     service the CA that signs the server's certificate instead
#     (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE); connect to remote databases with
#     sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.compose.environment_tls_disabled

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some service in input.resources
	some i, entry in service.environment
	some msg in transport.tls_off_messages(service.id, entry.key, entry.value)
	f := finding.at(service, ["environment", i, "value"], msg)
}
