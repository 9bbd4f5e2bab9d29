package evident.checks.kubernetes.rbac_wildcard_permissions_test

import data.evident.checks.kubernetes.rbac_wildcard_permissions as check

role(kind, name, rules) := {
	"id": concat("/", [kind, name]), "apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "name": name, "namespace": null,
	"file": "rbac.yaml", "startLine": 1, "endLine": 20, "object": {"rules": rules},
}

test_wildcards_are_reported if {
	check.deny == {
		{"resource": "ClusterRole/ops", "path": ["object", "rules", 1, "verbs"], "msg": "ClusterRole/ops rule 1 grants all verbs (\"*\")"},
		{"resource": "ClusterRole/ops", "path": ["object", "rules", 1, "resources"], "msg": "ClusterRole/ops rule 1 grants all resources (\"*\")"},
	} with input as {"type": "kubernetes", "resources": [role("ClusterRole", "ops", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]},
		{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
	])]}
}

test_explicit_and_system_roles_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		role("Role", "reader", [{"apiGroups": [""], "resources": ["pods", "services"], "verbs": ["get", "list", "watch"]}]),
		role("ClusterRole", "system:controller:foo", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]),
	]}
}

# An overlay's patch of a base it includes (input.patches) that writes a wildcard rule.
test_wildcard_written_by_an_overlay_patch_is_reported if {
	patch := object.union(role("ClusterRole", "ops", [{"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get"]}]), {"id": "ClusterRole/ops (patch overlays/prod/rbac.yaml:1)", "file": "overlays/prod/rbac.yaml"})
	check.deny == {{
		"resource": "ClusterRole/ops (patch overlays/prod/rbac.yaml:1)",
		"path": ["object", "rules", 0, "resources"],
		"msg": "ClusterRole/ops (patch overlays/prod/rbac.yaml:1) rule 0 grants all resources (\"*\")",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [object.union(patch, {"object": {"rules": [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["get"]}]}})]}
}
