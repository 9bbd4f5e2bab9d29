# METADATA
# title: Lambda function or ECS task environment turns TLS off
# description: >-
#   The environment of a Lambda or SAM function (Environment.Variables, also
#   in SAM's Globals Function section) or of a container of an
#   AWS::ECS::TaskDefinition (ContainerDefinitions … Environment) disables TLS
#   certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY), connects to a remote database with
#   TLS turned off in its URL (sslmode=disable or allow, ssl=false, tls=false,
#   useSSL=false, ssl-mode=DISABLED), or turns a database client's TLS setting
#   off (PGSSLMODE=disable, DB_SSL=false, MYSQL_SSL_MODE=off, …).
#   NODE_TLS_REJECT_UNAUTHORIZED=0 is the usual way around an RDS certificate
#   the function's runtime does not trust: it turns verification off for every
#   connection the process makes, not only the database's. The same reading
#   as .env, compose, Kubernetes and Terraform environments (EVD-ENV-002,
#   EVD-ENV-004, EVD-DC-007, EVD-K8S-034, EVD-TF-266): a URL to a local or
#   private host is not reported, nor is a value the template does not know
#   (a parameter without a default, a resource's attribute).
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html
#   - ref: https://www.postgresql.org/docs/current/libpq-ssl.html
# custom:
#   id: EVD-CFN-111
#   severity: medium
#   remediation: >-
#     Remove the variable that disables certificate verification and ship the
#     CA bundle of the service instead (NODE_EXTRA_CA_CERTS=/var/task/rds-ca.pem
#     for the RDS certificate authorities); connect to databases with
#     sslmode=verify-full (or the driver's equivalent).
#   selector:
#     input: cloudformation
#     resources: ["AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::ECS::TaskDefinition"]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security requires encrypting ePHI sent over networks and authenticating the endpoint it is sent to; these settings remove one or the other.
#     gdpr: Encryption in transit is a named measure, and protects personal data only when the peer is authenticated.
package evident.checks.cloudformation.function_env_tls_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some fn in cfn.resources_of(["AWS::Lambda::Function", "AWS::Serverless::Function"])
	some v in cfn.function_variables(fn)
	some msg in transport.tls_off_messages(cfn.function_label(fn), v.name, v.value)
	f := finding.at(fn, v.path, msg)
}

# SAM's Globals apply to the template's SAM functions: judged where there is one (every
# definition of deny iterates resources of a type, so the check is skipped on templates without
# any of its types; the findings of each function are the same, and a set keeps one).
deny contains f if {
	some _ in cfn.resources("AWS::Serverless::Function")
	globals := cfn.globals("Function")
	some v in cfn.function_variables(globals)
	some msg in transport.tls_off_messages("Globals.Function", v.name, v.value)
	f := finding.at(globals, v.path, msg)
}

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some v in cfn.ecs_variables(task)
	some msg in transport.tls_off_messages(v.owner, v.name, v.value)
	f := finding.at(task, v.path, msg)
}
