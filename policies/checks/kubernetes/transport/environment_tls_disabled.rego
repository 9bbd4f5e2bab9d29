# METADATA
# title: Container environment or ConfigMap turns TLS off
# description: >-
#   A container's env (a literal value), a ConfigMap's entry or a
#   Kustomization's configMapGenerator literal disables TLS
#   certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY), connects to a database outside
#   the cluster with TLS turned off in its URL (sslmode=disable or allow,
#   ssl=false, tls=false, useSSL=false, ssl-mode=DISABLED), or turns a
#   database client's TLS setting off (PGSSLMODE=disable, DB_SSL=false,
#   MYSQL_SSL_MODE=off, …). Without verification anyone on the path can
#   impersonate the server; without TLS the queries and the records they
#   return cross the network in clear text. The same reading as .env and
#   compose files (EVD-ENV-002, EVD-ENV-004, EVD-DC-007). A URL to a host in
#   the cluster (a Service as name, name.namespace or name.namespace.svc…,
#   private addresses, .internal names) is not reported; nor are values taken
#   from Secrets or ConfigMaps (valueFrom), which are judged where they are
#   written, nor a ConfigMap entry that holds a whole file.
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://www.postgresql.org/docs/current/libpq-ssl.html
#   - ref: https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/
# custom:
#   id: EVD-K8S-034
#   severity: medium
#   remediation: >-
#     Remove the variable that disables certificate verification and mount the
#     CA that signs the server's certificate instead (NODE_EXTRA_CA_CERTS,
#     SSL_CERT_FILE); connect to databases outside the cluster with
#     sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ConfigMap]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.kubernetes.environment_tls_disabled

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.transport

deny contains f if {
	some v in kubernetes.literal_variables
	some [host, msg] in transport.tls_off_findings(v.owner, v.name, v.value, "")
	not in_cluster(host)
	f := finding.at(v.resource, v.path, msg)
}

# in_cluster(host): a database host that is a Service of the cluster (kubernetes.local_host); a
# setting's findings have none (null).
in_cluster(host) if {
	host != null
	kubernetes.local_host(host)
}
