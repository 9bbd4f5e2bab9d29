# METADATA
# title: Cognito identity pool hands AWS credentials to anyone
# description: >-
#   An aws_cognito_identity_pool sets allow_unauthenticated_identities = true:
#   anyone on the internet, without signing in, can get an identity from the
#   pool and temporary AWS credentials for its unauthenticated role, and use
#   them against whatever that role may read or write (buckets, tables,
#   queues). Guest access is off by default. Not reported: a pool whose
#   aws_cognito_identity_pool_roles_attachment in the module sets no
#   unauthenticated role (guests then get no credentials), or a value from a
#   variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#enable-or-disable-unauthenticated-identities
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_identity_pool
# custom:
#   id: EVD-TF-280
#   severity: medium
#   remediation: >-
#     Set allow_unauthenticated_identities = false, or remove the
#     unauthenticated role from the pool's roles attachment; if guests need
#     access, give the unauthenticated role only what no personal data sits
#     behind.
#   selector:
#     input: terraform
#     resources: [aws_cognito_identity_pool]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Only authenticated persons and programs may reach ePHI; credentials handed to anyone defeat person or entity authentication.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.cognito_guest_access

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some pool in terraform.resources("aws_cognito_identity_pool")
	values.true_value(pool.config.allow_unauthenticated_identities)
	not guests_without_role(pool)
	f := finding.at(pool, ["config", "allow_unauthenticated_identities"], finding.format("%s lets anyone get AWS credentials without signing in (allow_unauthenticated_identities = true): guests receive its unauthenticated role", [pool.id]))
}

# guests_without_role(pool): a roles attachment of this module names the pool and sets roles
# without an unauthenticated one, so guests get an identity but no credentials.
guests_without_role(pool) if {
	some attachment in terraform.attached("aws_cognito_identity_pool_roles_attachment", "identity_pool_id", pool)
	aws.cognito_guests_without_role(attachment.config.roles)
}
