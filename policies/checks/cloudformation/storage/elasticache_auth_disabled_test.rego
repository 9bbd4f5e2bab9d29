package evident.checks.cloudformation.elasticache_auth_disabled_test

import data.evident.checks.cloudformation.elasticache_auth_disabled as check

resource(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

test_groups_without_authentication_are_reported if {
	check.deny == {
		{"resource": "Sessions", "msg": "Sessions has neither AuthToken nor UserGroupIds: clients connect without authenticating"},
		{"resource": "Queue", "path": ["properties", "UserGroupIds"], "msg": "Queue uses user group QueueUsers, which admits QueueDefault without a password"},
		{"resource": "Cache", "path": ["properties", "UserGroupIds"], "msg": "Cache uses user group BuiltinUsers, which admits ElastiCache's built-in user \"default\" (full access) without a password"},
	} with input as {"resources": [
		resource("Sessions", "AWS::ElastiCache::ReplicationGroup", {"Engine": "redis", "TransitEncryptionEnabled": true}),
		resource("QueueDefault", "AWS::ElastiCache::User", {"UserId": "queue-default", "UserName": "default", "Engine": "redis", "AccessString": "on ~* +@all", "NoPasswordRequired": true}),
		resource("QueueWorker", "AWS::ElastiCache::User", {"UserId": "queue-worker", "UserName": "worker", "Engine": "redis", "AccessString": "on ~jobs:* +@list", "AuthenticationMode": {"Type": "password", "Passwords": ["x"]}}),
		resource("QueueUsers", "AWS::ElastiCache::UserGroup", {"UserGroupId": "queue", "Engine": "redis", "UserIds": [ref("QueueDefault"), ref("QueueWorker")]}),
		resource("Queue", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": [ref("QueueUsers")]}),
		resource("BuiltinUsers", "AWS::ElastiCache::UserGroup", {"UserGroupId": "builtin", "Engine": "redis", "UserIds": ["default"]}),
		resource("Cache", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": ["builtin"]}),
	]}
}

test_authenticated_groups_pass if {
	count(check.deny) == 0 with input as {"resources": [
		resource("Token", "AWS::ElastiCache::ReplicationGroup", {"TransitEncryptionEnabled": true, "AuthToken": "{{resolve:secretsmanager:redis-auth}}"}),
		resource("DisabledDefault", "AWS::ElastiCache::User", {"UserId": "app-default", "UserName": "default", "Engine": "redis", "AccessString": "off -@all", "NoPasswordRequired": true}),
		resource("App", "AWS::ElastiCache::User", {"UserId": "app", "UserName": "app", "Engine": "redis", "AccessString": "on ~app:* +@all", "AuthenticationMode": {"Type": "iam"}}),
		resource("AppUsers", "AWS::ElastiCache::UserGroup", {"UserGroupId": "app", "Engine": "redis", "UserIds": [ref("DisabledDefault"), ref("App")]}),
		resource("Rbac", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": [ref("AppUsers")]}),
		resource("Outside", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": ["shared-group"]}),
		resource("FromParameter", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": ref("UserGroups")}),
		resource("UnknownAccess", "AWS::ElastiCache::User", {"UserId": "unknown", "UserName": "default", "Engine": "redis", "AccessString": ref("Access"), "NoPasswordRequired": true}),
		resource("UnknownUsers", "AWS::ElastiCache::UserGroup", {"UserGroupId": "unknown", "Engine": "redis", "UserIds": [ref("UnknownAccess")]}),
		resource("UnknownUser", "AWS::ElastiCache::ReplicationGroup", {"UserGroupIds": [ref("UnknownUsers")]}),
	]}
}
