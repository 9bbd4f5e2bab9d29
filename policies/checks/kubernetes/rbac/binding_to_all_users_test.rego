package evident.checks.kubernetes.binding_to_all_users_test

import data.evident.checks.kubernetes.binding_to_all_users as check

binding(name, subjects) := {
	"id": concat("/", ["ClusterRoleBinding", name]), "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "name": name, "namespace": null,
	"file": "rbac.yaml", "startLine": 1, "endLine": 20,
	"object": {"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "secret-reader"}, "subjects": subjects},
}

test_everyone_subjects_are_reported if {
	check.deny == {
		{"resource": "ClusterRoleBinding/read-secrets", "path": ["object", "subjects", 1], "msg": "ClusterRoleBinding/read-secrets grants ClusterRole secret-reader to Group system:authenticated"},
		{"resource": "ClusterRoleBinding/read-secrets", "path": ["object", "subjects", 2], "msg": "ClusterRoleBinding/read-secrets grants ClusterRole secret-reader to User system:anonymous"},
	} with input as {"type": "kubernetes", "resources": [binding("read-secrets", [
		{"kind": "Group", "name": "ops"},
		{"kind": "Group", "name": "system:authenticated"},
		{"kind": "User", "name": "system:anonymous"},
	])]}
}

test_specific_subjects_and_system_bindings_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		binding("ops", [{"kind": "Group", "name": "ops"}, {"kind": "ServiceAccount", "name": "system:authenticated"}]),
		binding("system:discovery", [{"kind": "Group", "name": "system:authenticated"}]),
	]}
}

# An overlay's patch of a base it includes (input.patches) that binds everyone.
test_everyone_bound_by_an_overlay_patch_is_reported if {
	patch := object.union(binding("read-secrets", [{"kind": "Group", "name": "system:authenticated"}]), {"id": "ClusterRoleBinding/read-secrets (patch overlays/prod/rbac.yaml:1)", "file": "overlays/prod/rbac.yaml"})
	check.deny == {{
		"resource": "ClusterRoleBinding/read-secrets (patch overlays/prod/rbac.yaml:1)",
		"path": ["object", "subjects", 0],
		"msg": "ClusterRoleBinding/read-secrets (patch overlays/prod/rbac.yaml:1) grants ClusterRole secret-reader to Group system:authenticated",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [binding("read-secrets", [{"kind": "Group", "name": "ops"}])]}
}
