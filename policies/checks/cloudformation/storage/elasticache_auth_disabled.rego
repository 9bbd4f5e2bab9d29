# METADATA
# title: ElastiCache Redis or Valkey admits clients without a password
# description: >-
#   An AWS::ElastiCache::ReplicationGroup (Redis OSS or Valkey) has neither an
#   AuthToken nor UserGroupIds, so every client that reaches its endpoint can
#   read and change every key without authenticating; or one of its user groups
#   in the template admits a user that needs no password and is enabled (its
#   NoPasswordRequired, an AuthenticationMode of type no-password-required, or
#   nopass in its AccessString, with the access string on), or the user id
#   "default", which ElastiCache provides with full access and no password.
#   Redis clients that send no credentials are signed in as the group's default
#   user. Values not known statically, user groups outside the template and
#   users whose AccessString is not known are not judged. Twin of EVD-TF-305.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html
# custom:
#   id: EVD-CFN-131
#   severity: medium
#   remediation: >-
#     Set UserGroupIds to a user group whose users have passwords or IAM
#     authentication (and whose user named default is disabled: AccessString
#     "off -@all"), or set AuthToken from Secrets Manager (it needs
#     TransitEncryptionEnabled).
#   selector:
#     input: cloudformation
#     resources: [AWS::ElastiCache::ReplicationGroup, AWS::ElastiCache::UserGroup, AWS::ElastiCache::User]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A cache that holds ePHI must verify who connects before serving it (person or entity authentication).
#     gdpr: Unauthenticated access to a store of personal data defeats the confidentiality of processing.
package evident.checks.cloudformation.elasticache_auth_disabled

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some group in cfn.resources("AWS::ElastiCache::ReplicationGroup")
	values.absent_or_null(group.properties, "AuthToken")
	no_user_groups(group.properties)
	f := finding.of(group, finding.format("%s has neither AuthToken nor UserGroupIds: clients connect without authenticating", [group.id]))
}

deny contains f if {
	some group in cfn.resources("AWS::ElastiCache::ReplicationGroup")
	some user_group in cfn.resources("AWS::ElastiCache::UserGroup")
	ids := group.properties.UserGroupIds
	is_array(ids)
	some id in ids
	cfn.points_at(id, user_group, "UserGroupId")
	user_ids := user_group.properties.UserIds
	is_array(user_ids)
	some user_id in user_ids
	some name in open_users(user_id)
	f := finding.at(group, ["properties", "UserGroupIds"], finding.format("%s uses user group %s, which admits %s without a password", [group.id, user_group.id, name]))
}

no_user_groups(props) if values.absent_or_null(props, "UserGroupIds")

no_user_groups(props) if props.UserGroupIds == []

# open_users(user_id): how to name the user `user_id` designates when it signs in without a
# password and is enabled: users of the template, or ElastiCache's own default user.
open_users(user_id) := {user.id |
	some user in cfn.resources("AWS::ElastiCache::User")
	cfn.points_at(user_id, user, "UserId")
	props := user.properties
	aws.redis_user_open(
		object.get(props, "NoPasswordRequired", null),
		object.get(props, ["AuthenticationMode", "Type"], null),
		object.get(props, "AccessString", null),
	)
} | builtin_default(user_id)

builtin_default(user_id) := {aws.elasticache_builtin_default_name} if {
	user_id == aws.elasticache_builtin_default_user
	not template_user_named(user_id)
} else := set()

template_user_named(user_id) if {
	some user in cfn.resources("AWS::ElastiCache::User")
	user.properties.UserId == user_id
}
