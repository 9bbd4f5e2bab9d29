# METADATA
# title: Cloud Functions or Cloud Run environment turns TLS off
# description: >-
#   The environment of a Cloud Function (environment_variables, or
#   service_config.environment_variables in 2nd gen) or of a Cloud Run
#   service's or job's containers (env blocks) disables TLS certificate
#   verification (NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0,
#   GIT_SSL_NO_VERIFY), connects to a remote database with TLS turned off in
#   its URL (sslmode=disable or allow, ssl=false, tls=false, useSSL=false,
#   ssl-mode=DISABLED), or turns a database client's TLS setting off
#   (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …). The same reading
#   as every other environment (EVD-ENV-002, EVD-ENV-004, EVD-DC-007,
#   EVD-K8S-034, EVD-TF-266): a URL to a local or private host is not
#   reported, nor is a value Terraform does not know.
# related_resources:
#   - ref: https://cloud.google.com/run/docs/configuring/services/environment-variables
#   - ref: https://cloud.google.com/sql/docs/postgres/configure-ssl-instance
# custom:
#   id: EVD-TF-270
#   severity: medium
#   remediation: >-
#     Remove the variable that disables certificate verification and ship the
#     CA that signs the server's certificate instead (NODE_EXTRA_CA_CERTS,
#     SSL_CERT_FILE), or connect to Cloud SQL through its connector; connect
#     to databases with sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: terraform
#     resources: [google_cloudfunctions_function, google_cloudfunctions2_function, google_cloud_run_v2_service, google_cloud_run_v2_job, google_cloud_run_service]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.terraform.gcp_service_env_tls_disabled

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some r in terraform.resources_of(gcp.service_types)
	some v in gcp.service_variables(r)
	some msg in transport.tls_off_messages(r.id, v.name, v.value)
	f := finding.at(r, v.path, msg)
}
