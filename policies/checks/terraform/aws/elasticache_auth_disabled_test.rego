package evident.checks.terraform.elasticache_auth_disabled_test

import data.evident.checks.terraform.elasticache_auth_disabled as check

resource(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "cache.tf", "startLine": 1, "endLine": 9, "config": config,
}

ref(address) := {"__unknown__": address, "refs": [address]}

test_groups_without_authentication_are_reported if {
	check.deny == {
		{"resource": "aws_elasticache_replication_group.sessions", "msg": "aws_elasticache_replication_group.sessions has neither auth_token nor user_group_ids: clients connect without authenticating"},
		{"resource": "aws_elasticache_replication_group.empty", "msg": "aws_elasticache_replication_group.empty has neither auth_token nor user_group_ids: clients connect without authenticating"},
		{"resource": "aws_elasticache_replication_group.queue", "path": ["config", "user_group_ids"], "msg": "aws_elasticache_replication_group.queue uses user group aws_elasticache_user_group.queue, which admits aws_elasticache_user.open_default without a password"},
		{"resource": "aws_elasticache_replication_group.cache", "path": ["config", "user_group_ids"], "msg": "aws_elasticache_replication_group.cache uses user group aws_elasticache_user_group.builtin, which admits ElastiCache's built-in user \"default\" (full access) without a password"},
	} with input as {"type": "terraform", "resources": [
		resource("aws_elasticache_replication_group", "sessions", {"engine": "redis", "transit_encryption_enabled": true}),
		resource("aws_elasticache_replication_group", "empty", {"engine": "valkey", "user_group_ids": []}),
		resource("aws_elasticache_user", "open_default", {"user_id": "queue-default", "user_name": "default", "access_string": "on ~* +@all", "engine": "REDIS", "no_password_required": true}),
		resource("aws_elasticache_user", "worker", {"user_id": "queue-worker", "user_name": "worker", "access_string": "on ~jobs:* +@list", "engine": "REDIS", "authentication_mode": [{"type": "password", "passwords": ["x"]}]}),
		resource("aws_elasticache_user_group", "queue", {"user_group_id": "queue", "engine": "REDIS", "user_ids": [ref("aws_elasticache_user.open_default.user_id"), ref("aws_elasticache_user.worker.user_id")]}),
		resource("aws_elasticache_replication_group", "queue", {"user_group_ids": [ref("aws_elasticache_user_group.queue.id")]}),
		resource("aws_elasticache_user_group", "builtin", {"user_group_id": "builtin", "engine": "REDIS", "user_ids": ["default"]}),
		resource("aws_elasticache_replication_group", "cache", {"user_group_ids": ["builtin"]}),
	]}
}

test_authenticated_groups_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		resource("aws_elasticache_replication_group", "token", {"transit_encryption_enabled": true, "auth_token": ref("random_password.redis.result")}),
		resource("aws_elasticache_user", "disabled_default", {"user_id": "app-default", "user_name": "default", "access_string": "off -@all", "engine": "REDIS", "no_password_required": true}),
		resource("aws_elasticache_user", "app", {"user_id": "app", "user_name": "app", "access_string": "on ~app:* +@all", "engine": "REDIS", "authentication_mode": [{"type": "iam"}]}),
		resource("aws_elasticache_user_group", "app", {"user_group_id": "app", "engine": "REDIS", "user_ids": [ref("aws_elasticache_user.disabled_default.user_id"), ref("aws_elasticache_user.app.user_id")]}),
		resource("aws_elasticache_replication_group", "rbac", {"user_group_ids": [ref("aws_elasticache_user_group.app.id")]}),
		resource("aws_elasticache_replication_group", "outside", {"user_group_ids": ["shared-group"]}),
		resource("aws_elasticache_replication_group", "variable", {"user_group_ids": ref("var.user_groups")}),
		resource("aws_elasticache_user", "unknown_access", {"user_id": "unknown", "user_name": "default", "access_string": ref("var.access"), "engine": "REDIS", "no_password_required": true}),
		resource("aws_elasticache_user_group", "unknown", {"user_group_id": "unknown", "engine": "REDIS", "user_ids": [ref("aws_elasticache_user.unknown_access.user_id")]}),
		resource("aws_elasticache_replication_group", "unknown_user", {"user_group_ids": [ref("aws_elasticache_user_group.unknown.id")]}),
		resource("aws_elasticache_user", "own_default", {"user_id": "default", "user_name": "default", "access_string": "off -@all", "engine": "REDIS", "passwords": ["x"]}),
		resource("aws_elasticache_user_group", "own", {"user_group_id": "own", "engine": "REDIS", "user_ids": ["default"]}),
		resource("aws_elasticache_replication_group", "own", {"user_group_ids": ["own"]}),
	]}
}
