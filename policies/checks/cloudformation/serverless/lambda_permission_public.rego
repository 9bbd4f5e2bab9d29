# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   An AWS::Lambda::Permission grants Principal "*" with no SourceArn,
#   SourceAccount or PrincipalOrgID to narrow it, so any AWS account (or, for
#   a function URL with FunctionUrlAuthType NONE, anyone on the internet) can
#   invoke the function and receive whatever it returns. A permission whose
#   narrowing properties are set, even to values not known here, is not
#   reported, nor is a principal that is not known.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: EVD-CFN-040
#   severity: high
#   remediation: >-
#     Name the service or account that invokes the function, and set
#     SourceArn (and SourceAccount for S3) to the resource that triggers it;
#     put function URLs behind AWS_IAM authorization.
#   selector:
#     input: cloudformation
#     resources: [AWS::Lambda::Permission]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.312(d)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authorized persons and programs may reach ePHI; a function anyone can invoke answers anyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.cloudformation.lambda_permission_public

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some permission in cfn.resources("AWS::Lambda::Permission")
	permission.properties.Principal == "*"
	not narrowed(permission.properties)
	f := finding.at(permission, ["properties", "Principal"], finding.format("%s lets any principal invoke the function (Principal \"*\" without SourceArn, SourceAccount or PrincipalOrgID)", [permission.id]))
}

narrowed(properties) if {
	some key in ["SourceArn", "SourceAccount", "PrincipalOrgID"]
	cfn.given(properties, key)
}
