# METADATA
# title: ElastiCache Redis or Valkey admits clients without a password
# description: >-
#   An aws_elasticache_replication_group (Redis OSS or Valkey) has neither an
#   auth_token nor user_group_ids, so every client that reaches its endpoint
#   can read and change every key (sessions, cached records, queues) without
#   authenticating; or one of its user groups in the module admits a user that
#   needs no password and is enabled: a user whose no-password setting or
#   access string (nopass) lets it in, or the user id "default", which
#   ElastiCache provides with full access and no password. Redis clients that
#   send no credentials are signed in as the group's default user. Twin of
#   EVD-TF-290 for Memorystore. Values from variables, user groups outside the
#   module and users whose access string is not known are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html
# custom:
#   id: EVD-TF-305
#   severity: medium
#   remediation: >-
#     Set user_group_ids to a user group whose users have passwords or IAM
#     authentication (and whose user named default is disabled: access_string
#     "off -@all"), or set auth_token (which needs transit encryption).
#   selector:
#     input: terraform
#     resources: [aws_elasticache_replication_group, aws_elasticache_user_group, aws_elasticache_user]
#   controls:
#     hipaa: ["164.312(d)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A cache that holds ePHI must verify who connects before serving it (person or entity authentication).
#     gdpr: Unauthenticated access to a store of personal data defeats the confidentiality of processing.
package evident.checks.terraform.elasticache_auth_disabled

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some group in terraform.resources("aws_elasticache_replication_group")
	values.absent_or_null(group.config, "auth_token")
	no_user_groups(group.config)
	f := finding.of(group, finding.format("%s has neither auth_token nor user_group_ids: clients connect without authenticating", [group.id]))
}

deny contains f if {
	some group in terraform.resources("aws_elasticache_replication_group")
	some user_group in terraform.resources("aws_elasticache_user_group")
	ids := group.config.user_group_ids
	is_array(ids)
	some id in ids
	terraform.points_at(id, user_group, "user_group_id")
	user_ids := user_group.config.user_ids
	is_array(user_ids)
	some user_id in user_ids
	some name in open_users(user_id)
	f := finding.at(group, ["config", "user_group_ids"], finding.format("%s uses user group %s, which admits %s without a password", [group.id, user_group.id, name]))
}

no_user_groups(cfg) if values.absent_or_null(cfg, "user_group_ids")

no_user_groups(cfg) if cfg.user_group_ids == []

# open_users(user_id): how to name the user `user_id` designates when it signs in without a
# password and is enabled: users of the module, or ElastiCache's own default user.
open_users(user_id) := {user.id |
	some user in terraform.resources("aws_elasticache_user")
	terraform.points_at(user_id, user, "user_id")
	cfg := user.config
	aws.redis_user_open(
		object.get(cfg, "no_password_required", null),
		auth_type(cfg),
		object.get(cfg, "access_string", null),
	)
} | builtin_default(user_id)

builtin_default(user_id) := {aws.elasticache_builtin_default_name} if {
	user_id == aws.elasticache_builtin_default_user
	not module_user_named(user_id)
} else := set()

module_user_named(user_id) if {
	some user in terraform.resources("aws_elasticache_user")
	user.config.user_id == user_id
}

# auth_type(cfg): the type of a user's authentication_mode block, or null without one.
auth_type(cfg) := mode.type if {
	some mode in terraform.blocks(cfg, "authentication_mode")
} else := null
