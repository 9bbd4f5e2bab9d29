# METADATA
# title: Lambda function or ECS task environment turns TLS off
# description: >-
#   The environment of an aws_lambda_function (environment.variables) or of a
#   container of an aws_ecs_task_definition (container_definitions …
#   environment) disables TLS certificate verification
#   (NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY),
#   connects to a remote database with TLS turned off in its URL
#   (sslmode=disable or allow, ssl=false, tls=false, useSSL=false,
#   ssl-mode=DISABLED), or turns a database client's TLS setting off
#   (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …).
#   NODE_TLS_REJECT_UNAUTHORIZED=0 is the usual way around an RDS certificate
#   the function's runtime does not trust: it turns verification off for every
#   connection the process makes, not only the database's. The same reading
#   as .env, compose and Kubernetes environments (EVD-ENV-002, EVD-ENV-004,
#   EVD-DC-007, EVD-K8S-034): a URL to a local or private host is not
#   reported, nor is a value Terraform does not know (a variable without a
#   default, another resource's attribute).
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html
#   - ref: https://www.postgresql.org/docs/current/libpq-ssl.html
# custom:
#   id: EVD-TF-266
#   severity: medium
#   remediation: >-
#     Remove the variable that disables certificate verification and ship the
#     CA bundle of the service instead (NODE_EXTRA_CA_CERTS=/var/task/rds-ca.pem
#     for the RDS certificate authorities); connect to databases with
#     sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: terraform
#     resources: [aws_lambda_function, aws_ecs_task_definition]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.terraform.function_env_tls_disabled

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some fn in terraform.resources("aws_lambda_function")
	some v in aws.lambda_variables(fn)
	some msg in transport.tls_off_messages(fn.id, v.name, v.value)
	f := finding.at(fn, v.path, msg)
}

deny contains f if {
	some task in terraform.resources("aws_ecs_task_definition")
	some v in aws.ecs_variables(task)
	some msg in transport.tls_off_messages(v.owner, v.name, v.value)
	f := finding.at(task, v.path, msg)
}
