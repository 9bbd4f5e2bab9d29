# METADATA
# title: Lambda permission lets an AWS service invoke the function from any account
# description: >-
#   An AWS::Lambda::Permission grants an AWS service principal
#   (s3.amazonaws.com, sns.amazonaws.com, events.amazonaws.com, …) the right to
#   invoke the function without SourceArn or SourceAccount. The service then
#   invokes it on behalf of any resource of that service, in any AWS account:
#   anyone who creates a bucket, topic or rule elsewhere can point it at the
#   function and feed it events (the confused-deputy problem). A permission
#   whose SourceArn or SourceAccount is set, even to a value not known here
#   (a Ref, Fn::GetAtt, Fn::Sub), and a principal that is not known are not
#   reported; Principal "*" is EVD-CFN-040's. SAM event sources write their own
#   permissions with a source and are not concerned.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
# custom:
#   id: EVD-CFN-098
#   severity: medium
#   remediation: >-
#     Set SourceArn to the resource that triggers the function (the bucket,
#     topic or rule), and SourceAccount to the account that owns it (for S3,
#     whose bucket ARNs name no account: !Ref AWS::AccountId).
#   selector:
#     input: cloudformation
#     resources: [AWS::Lambda::Permission]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Access to functions that handle ePHI must be limited to the programs granted it; a service permission without a source grants it to every account's resources.
#     gdpr: Data protection by default keeps processing of personal data from being triggered by parties outside the controller's own systems.
package evident.checks.cloudformation.lambda_permission_service_unscoped

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some permission in cfn.resources("AWS::Lambda::Permission")
	principal := permission.properties.Principal
	is_string(principal)
	aws.service_principal(principal)
	not scoped(permission.properties)
	f := finding.at(permission, ["properties", "Principal"], finding.format("%s lets %s invoke the function on behalf of any AWS account's resources (no SourceArn or SourceAccount)", [permission.id, principal]))
}

scoped(properties) if {
	some key in ["SourceArn", "SourceAccount"]
	cfn.given(properties, key)
}
