# METADATA
# title: Lambda function or ECS task environment points at a remote host over plain HTTP
# description: >-
#   The environment of an aws_lambda_function (environment.variables) or of a
#   container of an aws_ecs_task_definition names a remote endpoint with an
#   http:// URL (an API, a FHIR server, a webhook, an identity provider).
#   Requests, their tokens and the data they carry travel unencrypted and can
#   be read or altered on the way. The same reading as .env, compose and
#   Kubernetes environments (EVD-ENV-003, EVD-DC-008, EVD-K8S-035): URLs to
#   local or private hosts (private addresses, .internal names such as a VPC
#   endpoint's private DNS) are not reported, nor are values Terraform does not
#   know.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
# custom:
#   id: EVD-TF-267
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: terraform
#     resources: [aws_lambda_function, aws_ecs_task_definition]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.terraform.function_env_plain_http

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.transport

deny contains f if {
	some fn in terraform.resources("aws_lambda_function")
	some v in aws.lambda_variables(fn)
	msg := transport.plain_http_message(fn.id, v.name, v.value)
	f := finding.at(fn, v.path, msg)
}

deny contains f if {
	some task in terraform.resources("aws_ecs_task_definition")
	some v in aws.ecs_variables(task)
	msg := transport.plain_http_message(v.owner, v.name, v.value)
	f := finding.at(task, v.path, msg)
}
