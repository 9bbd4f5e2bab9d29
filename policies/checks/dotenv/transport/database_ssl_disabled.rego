# METADATA
# title: Database connection with TLS turned off
# description: >-
#   A .env variable configures a database connection to a remote host with
#   TLS disabled: a connection URL with sslmode=disable, ssl=false, tls=false
#   or useSSL=false, or a setting such as PGSSLMODE=disable / DB_SSL=false.
#   Credentials and query results (the personal data itself) then cross the
#   network in clear text.
# related_resources:
#   - ref: https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION
# custom:
#   id: EVD-ENV-002
#   severity: medium
#   remediation: >-
#     Use sslmode=verify-full (PostgreSQL) / ssl-mode=VERIFY_IDENTITY (MySQL) / tls=true
#     with the server's CA, and remove the option that disables TLS.
#   selector:
#     input: dotenv
#     resources: [variable]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent to a database must be protected in transmission; turning TLS off removes encryption in transit.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.dotenv.database_ssl_disabled

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some variable in input.resources
	some [host, setting] in transport.database_tls_off(variable.value)
	f := finding.at(variable, ["value"], finding.format("%s connects to %s with %s (no TLS)", [variable.key, host, setting]))
}

deny contains f if {
	some variable in input.resources
	transport.database_setting_tls_off(variable.key, variable.value)
	f := finding.at(variable, ["value"], finding.format("%s=%s turns TLS off for database connections", [variable.key, variable.value]))
}
