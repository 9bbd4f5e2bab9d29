package evident.checks.kubernetes.rbac_secrets_read_test

import data.evident.checks.kubernetes.rbac_secrets_read as check

role(kind, name, rules) := {
	"id": concat("/", [kind, name]), "apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "name": name, "namespace": null,
	"file": "rbac.yaml", "startLine": 1, "endLine": 20, "object": {"rules": rules},
}

test_read_verbs_on_secrets_are_reported if {
	check.deny == {
		{"resource": "ClusterRole/reader", "path": ["object", "rules", 1], "msg": "ClusterRole/reader rule 1 lets its subjects read Secrets (get, list, watch)"},
		{"resource": "Role/ops", "path": ["object", "rules", 0], "msg": "Role/ops rule 0 lets its subjects read Secrets (*)"},
	} with input as {"type": "kubernetes", "resources": [
		role("ClusterRole", "reader", [
			{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]},
			{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["watch", "list", "get"]},
		]),
		role("Role", "ops", [{"apiGroups": ["*"], "resources": ["secrets"], "verbs": ["*"]}]),
	]}
}

test_one_read_verb_is_enough if {
	check.deny == {{"resource": "Role/lister", "path": ["object", "rules", 0], "msg": "Role/lister rule 0 lets its subjects read Secrets (list)"}} with input as {"type": "kubernetes", "resources": [role("Role", "lister", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list"]}])]}
}

test_named_secrets_writes_other_groups_and_system_roles_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		role("Role", "own-secret", [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["api-tls"], "verbs": ["get"]}]),
		role("Role", "writer", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "delete"]}]),
		role("Role", "other-group", [{"apiGroups": ["external-secrets.io"], "resources": ["secrets"], "verbs": ["get"]}]),
		role("ClusterRole", "all", [{"apiGroups": [""], "resources": ["*"], "verbs": ["get"]}]),
		role("ClusterRole", "system:controller:foo", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list"]}]),
		role("ClusterRole", "aggregated", null),
	]}
}

# An overlay's patch of a base it includes (input.patches) that lets a role read Secrets.
test_secret_read_written_by_an_overlay_patch_is_reported if {
	patch := object.union(role("Role", "ops", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"]}]), {"id": "Role/ops (patch overlays/prod/rbac.yaml:1)", "file": "overlays/prod/rbac.yaml"})
	check.deny == {{
		"resource": "Role/ops (patch overlays/prod/rbac.yaml:1)",
		"path": ["object", "rules", 0],
		"msg": "Role/ops (patch overlays/prod/rbac.yaml:1) rule 0 lets its subjects read Secrets (get)",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [object.union(patch, {"object": {"rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]}]}})]}
}
