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
