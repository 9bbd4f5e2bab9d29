# METADATA
# title: Cognito identity pool hands AWS credentials to anyone
# description: >-
#   An AWS::Cognito::IdentityPool sets AllowUnauthenticatedIdentities to true:
#   anyone on the internet, without signing in, can get an identity from the
#   pool and temporary AWS credentials for its unauthenticated role, and use
#   them against whatever that role may read or write (buckets, tables,
#   queues). Not reported: a pool whose AWS::Cognito::IdentityPoolRoleAttachment
#   in the template sets no unauthenticated role (guests then get no
#   credentials), or a value from a parameter or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#enable-or-disable-unauthenticated-identities
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html
# custom:
#   id: EVD-CFN-119
#   severity: medium
#   remediation: >-
#     Set AllowUnauthenticatedIdentities to false, or remove the
#     unauthenticated role from the pool's role attachment; if guests need
#     access, give the unauthenticated role only what no personal data sits
#     behind.
#   selector:
#     input: cloudformation
#     resources: [AWS::Cognito::IdentityPool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authenticated persons and programs may reach ePHI; credentials handed to anyone defeat person or entity authentication.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.cloudformation.cognito_guest_access

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some pool in cfn.resources("AWS::Cognito::IdentityPool")
	cfn.is_true(pool.properties.AllowUnauthenticatedIdentities)
	not guests_without_role(pool)
	f := finding.at(pool, ["properties", "AllowUnauthenticatedIdentities"], finding.format("%s lets anyone get AWS credentials without signing in (AllowUnauthenticatedIdentities: true): guests receive its unauthenticated role", [pool.id]))
}

# guests_without_role(pool): a role attachment of this template names the pool and sets Roles
# without an unauthenticated one, so guests get an identity but no credentials.
guests_without_role(pool) if {
	some attachment in cfn.resources("AWS::Cognito::IdentityPoolRoleAttachment")
	values.refers_to(attachment.properties.IdentityPoolId, pool.id)
	aws.cognito_guests_without_role(attachment.properties.Roles)
}
