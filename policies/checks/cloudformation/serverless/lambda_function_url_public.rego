# METADATA
# title: Lambda function URL lets anyone invoke the function without authentication
# description: >-
#   A Lambda function URL has AuthType NONE: an AWS::Lambda::Url, an
#   AWS::Serverless::Function's FunctionUrlConfig, or the FunctionUrlConfig
#   of the SAM Globals Function section, which SAM merges into every
#   AWS::Serverless::Function of the template (a function's own AuthType
#   wins). Lambda then does not authenticate the callers of the function's
#   dedicated HTTPS endpoint: anyone on the internet who has the URL can
#   invoke the function (an alias, with Qualifier or AutoPublishAlias) and
#   receive whatever it returns, usually data it reads from the
#   application's data stores. The URL also needs a resource-policy
#   statement that admits everyone (lambda:InvokeFunctionUrl to "*" with the
#   lambda:FunctionUrlAuthType NONE condition, and for URLs created since
#   October 2025 also lambda:InvokeFunction with InvokedViaFunctionUrl). SAM
#   generates it for a FunctionUrlConfig with AuthType NONE (the
#   <function>UrlPublicPermissions permission), so this check is the only
#   one that reports a SAM URL. In a plain template it is an
#   AWS::Lambda::Permission, reported by EVD-CFN-040 at the permission; it
#   may also live in another stack or be added with the CLI. The URL is
#   reported whether or not such a permission is seen: AuthType NONE is the
#   setting that turns authentication off, and AWS_IAM is the fix (the
#   permission's FunctionUrlAuthType NONE condition then matches no request).
#   A public URL can be intended (a webhook receiver, a public API): the
#   function must then authenticate each request itself (a signature or
#   token check), hence medium severity; suppress the finding with that
#   reason. Not reported: AuthType AWS_IAM, and an AuthType or
#   FunctionUrlConfig that is not known statically (a parameter without
#   default, Fn::If); the Globals AuthType is not reported when every SAM
#   function sets its own.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-url.html
#   - ref: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-functionurlconfig.html
# custom:
#   id: EVD-CFN-083
#   severity: medium
#   remediation: >-
#     Set AuthType to AWS_IAM and have callers sign their requests with
#     SigV4 (or put the URL behind CloudFront with origin access control, or
#     behind API Gateway with an authorizer). If the endpoint must stay
#     public, verify a signature or token in the function before it touches
#     any data.
#   selector:
#     input: cloudformation
#     resources: [AWS::Lambda::Url, AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authorized persons and programs may reach ePHI; an endpoint that authenticates no caller answers anyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.cloudformation.lambda_function_url_public

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some url in cfn.resources("AWS::Lambda::Url")
	url.properties.AuthType == "NONE"
	f := finding.at(url, ["properties", "AuthType"], finding.format("%s lets anyone on the internet invoke the function without authentication (AuthType NONE)", [url.id]))
}

# A SAM function's own FunctionUrlConfig.
deny contains f if {
	some fn in cfn.resources("AWS::Serverless::Function")
	fn.properties.FunctionUrlConfig.AuthType == "NONE"
	f := finding.at(fn, ["properties", "FunctionUrlConfig", "AuthType"], finding.format("function %s has a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)", [fn.id]))
}

# The Globals FunctionUrlConfig, once, for the SAM functions that take its
# AuthType (iterating over the functions first lets the entrypoint skip the
# check on templates without any).
deny contains f if {
	some fn in cfn.resources("AWS::Serverless::Function")
	fn.id == inheriting[0]
	globals := cfn.globals("Function")
	globals.properties.FunctionUrlConfig.AuthType == "NONE"
	f := finding.at(globals, ["properties", "FunctionUrlConfig", "AuthType"], finding.format("Globals.Function gives %s a function URL that lets anyone on the internet invoke it without authentication (FunctionUrlConfig.AuthType NONE)", [functions_label(inheriting)]))
}

# inheriting: the ids of the SAM functions that take AuthType from Globals, sorted.
inheriting := sort([fn.id |
	some fn in cfn.resources("AWS::Serverless::Function")
	inherits_auth_type(fn.properties)
])

# inherits_auth_type(properties): the function takes AuthType from Globals: it
# declares no FunctionUrlConfig (Globals gives it one), or a known one without
# AuthType (SAM merges the maps).
inherits_auth_type(properties) if not values.has_key(properties, "FunctionUrlConfig")

inherits_auth_type(properties) if properties.FunctionUrlConfig == null

inherits_auth_type(properties) if {
	config := properties.FunctionUrlConfig
	is_object(config)
	not values.is_unknown(config)
	not values.has_key(config, "AuthType")
}

functions_label([id]) := concat(" ", ["function", id])

functions_label(ids) := concat(" ", ["functions", concat(", ", ids)]) if count(ids) > 1
