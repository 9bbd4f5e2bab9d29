# METADATA
# title: Lambda function or ECS task environment points at a remote host over plain HTTP
# description: >-
#   The environment of a Lambda or SAM function (Environment.Variables, also
#   in SAM's Globals Function section) or of a container of an
#   AWS::ECS::TaskDefinition names a remote endpoint with an http:// URL (an
#   API, a FHIR server, a webhook, an identity provider). Requests, their
#   tokens and the data they carry travel unencrypted and can be read or
#   altered on the way. The same reading as .env, compose, Kubernetes and
#   Terraform environments (EVD-ENV-003, EVD-DC-008, EVD-K8S-035,
#   EVD-TF-267): URLs to local or private hosts (private addresses, .internal
#   names) are not reported, nor are values the template does not know.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
# custom:
#   id: EVD-CFN-112
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: cloudformation
#     resources: ["AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::ECS::TaskDefinition"]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.cloudformation.function_env_plain_http

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some fn in cfn.resources_of(["AWS::Lambda::Function", "AWS::Serverless::Function"])
	some v in cfn.function_variables(fn)
	msg := transport.plain_http_message(cfn.function_label(fn), v.name, v.value)
	f := finding.at(fn, v.path, msg)
}

# SAM's Globals, judged where a SAM function takes them (see function_env_tls_disabled).
deny contains f if {
	some _ in cfn.resources("AWS::Serverless::Function")
	globals := cfn.globals("Function")
	some v in cfn.function_variables(globals)
	msg := transport.plain_http_message("Globals.Function", v.name, v.value)
	f := finding.at(globals, v.path, msg)
}

deny contains f if {
	some task in cfn.resources("AWS::ECS::TaskDefinition")
	some v in cfn.ecs_variables(task)
	msg := transport.plain_http_message(v.owner, v.name, v.value)
	f := finding.at(task, v.path, msg)
}
