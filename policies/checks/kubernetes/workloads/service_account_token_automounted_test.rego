package evident.checks.kubernetes.service_account_token_automounted_test

import data.evident.checks.kubernetes.service_account_token_automounted as check

workload(name, namespace, pod_spec) := {
	"id": concat("/", ["Deployment", namespace, name]), "apiVersion": "apps/v1", "kind": "Deployment", "name": name, "namespace": namespace,
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": object.union({"containers": [{"name": "c"}]}, pod_spec),
}

account(namespace, automount) := {
	"id": concat("/", ["ServiceAccount", namespace, "default"]), "apiVersion": "v1", "kind": "ServiceAccount", "name": "default", "namespace": namespace,
	"file": "sa.yaml", "startLine": 1, "endLine": 5, "object": {"automountServiceAccountToken": automount},
}

test_default_account_tokens_are_reported if {
	check.deny == {
		{"resource": "Deployment/clinic/a", "msg": "Deployment/clinic/a mounts the default service account's API token (automountServiceAccountToken is not false)"},
		{"resource": "Deployment/clinic/b", "path": ["podSpec", "automountServiceAccountToken"], "msg": "Deployment/clinic/b sets automountServiceAccountToken: true with the default service account"},
	} with input as {"type": "kubernetes", "resources": [
		workload("a", "clinic", {}),
		workload("b", "clinic", {"serviceAccountName": "default", "automountServiceAccountToken": true}),
		workload("c", "clinic", {"serviceAccountName": "api"}),
		workload("d", "clinic", {"automountServiceAccountToken": false}),
	]}
}

test_namespace_default_account_opting_out_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload("a", "clinic", {}), account("clinic", false)]}
}

# An empty serviceAccountName is no name: the pod runs as the default account.
test_empty_account_name_is_the_default_account if {
	check.deny == {
		{"resource": "Deployment/clinic/empty", "msg": "Deployment/clinic/empty mounts the default service account's API token (automountServiceAccountToken is not false)"},
		{"resource": "Deployment/clinic/old", "msg": "Deployment/clinic/old mounts the default service account's API token (automountServiceAccountToken is not false)"},
	} with input as {"type": "kubernetes", "resources": [
		workload("empty", "clinic", {"serviceAccountName": ""}),
		workload("old", "clinic", {"serviceAccount": "default"}),
		workload("deprecated", "clinic", {"serviceAccountName": "", "serviceAccount": "api"}),
		workload("own", "clinic", {"serviceAccountName": "api", "serviceAccount": "default"}),
	]}
}
