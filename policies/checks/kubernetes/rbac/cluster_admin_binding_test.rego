package evident.checks.kubernetes.cluster_admin_binding_test

import data.evident.checks.kubernetes.cluster_admin_binding as check

binding(kind, name, namespace, role, subjects) := {
	"id": concat("/", [kind, name]), "apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "name": name, "namespace": namespace,
	"file": "rbac.yaml", "startLine": 1, "endLine": 20,
	"object": {"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, "subjects": subjects},
}

test_cluster_admin_bindings_are_reported if {
	check.deny == {
		{"resource": "ClusterRoleBinding/ci", "path": ["object", "subjects", 0], "msg": "ClusterRoleBinding/ci grants cluster-admin to the default service account of namespace ci"},
		{"resource": "ClusterRoleBinding/ci", "path": ["object", "subjects", 1], "msg": "ClusterRoleBinding/ci grants cluster-admin to Group developers"},
		{"resource": "RoleBinding/admins", "path": ["object", "subjects", 0], "msg": "RoleBinding/admins grants cluster-admin to ServiceAccount deployer"},
	} with input as {"type": "kubernetes", "resources": [
		binding("ClusterRoleBinding", "ci", null, "cluster-admin", [
			{"kind": "ServiceAccount", "name": "default", "namespace": "ci"},
			{"kind": "Group", "name": "developers", "apiGroup": "rbac.authorization.k8s.io"},
			{"kind": "Group", "name": "system:masters", "apiGroup": "rbac.authorization.k8s.io"},
		]),
		binding("RoleBinding", "admins", "clinic", "cluster-admin", [{"kind": "ServiceAccount", "name": "deployer"}]),
	]}
}

test_other_roles_and_system_subjects_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		binding("ClusterRoleBinding", "view", null, "view", [{"kind": "Group", "name": "developers"}]),
		binding("ClusterRoleBinding", "masters", null, "cluster-admin", [{"kind": "Group", "name": "system:masters"}]),
	]}
}

# An overlay's patch of a base it includes (input.patches) that binds cluster-admin.
test_cluster_admin_bound_by_an_overlay_patch_is_reported if {
	patch := object.union(binding("ClusterRoleBinding", "ci", null, "cluster-admin", [{"kind": "Group", "name": "developers"}]), {"id": "ClusterRoleBinding/ci (patch overlays/prod/rbac.yaml:1)", "file": "overlays/prod/rbac.yaml"})
	check.deny == {{
		"resource": "ClusterRoleBinding/ci (patch overlays/prod/rbac.yaml:1)",
		"path": ["object", "subjects", 0],
		"msg": "ClusterRoleBinding/ci (patch overlays/prod/rbac.yaml:1) grants cluster-admin to Group developers",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [binding("ClusterRoleBinding", "ci", null, "view", [{"kind": "Group", "name": "developers"}])]}
}
