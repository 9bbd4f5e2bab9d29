# METADATA
# title: Lambda function URL lets anyone invoke the function without authentication
# description: >-
#   An aws_lambda_function_url has authorization_type = "NONE": Lambda does
#   not authenticate the callers of the function's dedicated HTTPS endpoint,
#   so anyone on the internet who has the URL can invoke the function (an
#   alias, with qualifier) and receive whatever it returns, usually data it
#   reads from the application's data stores. The URL needs a resource-policy
#   statement that admits everyone (lambda:InvokeFunctionUrl to "*" with the
#   lambda:FunctionUrlAuthType NONE condition, and for URLs created since
#   October 2025 also lambda:InvokeFunction with InvokedViaFunctionUrl): when
#   it creates a URL with authorization_type "NONE", the AWS provider adds the
#   first itself (statement FunctionURLAllowPublicAccess, left in place when
#   the URL is destroyed) and its recent versions the second too, so the URL
#   resource alone makes the function public. An aws_lambda_permission that
#   also grants the URL to "*" is reported by EVD-TF-064 at the permission:
#   both are reported, as each is a setting to change. Removing the
#   permission does not close the URL (the provider's statement stays);
#   setting the URL to AWS_IAM does, and the permission, whose
#   function_url_auth_type NONE condition then matches no request, can go.
#   A public URL can be intended (a webhook receiver, a public API): the
#   function must then authenticate each request itself (a signature or
#   token check), hence medium severity; suppress the finding with that
#   reason. Not reported: authorization_type "AWS_IAM", and a value that is
#   not known statically (a variable without default). Function URLs that
#   terraform-aws-modules/lambda creates (create_lambda_function_url = true,
#   authorization_type "NONE" by default) are read as modelled resources.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url
# custom:
#   id: EVD-TF-210
#   severity: medium
#   remediation: >-
#     Set authorization_type = "AWS_IAM" and have callers sign their requests
#     with SigV4 (or put the URL behind CloudFront with origin access control,
#     or behind API Gateway with an authorizer). If the endpoint must stay
#     public, verify a signature or token in the function before it touches
#     any data.
#   selector:
#     input: terraform
#     resources: [aws_lambda_function_url]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authorized persons and programs may reach ePHI; an endpoint that authenticates no caller answers anyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.lambda_function_url_public

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some url in terraform.resources("aws_lambda_function_url")
	url.config.authorization_type == "NONE"
	f := finding.at(url, ["config", "authorization_type"], finding.format("%s lets anyone on the internet invoke the function without authentication (authorization_type \"NONE\")", [url.id]))
}
