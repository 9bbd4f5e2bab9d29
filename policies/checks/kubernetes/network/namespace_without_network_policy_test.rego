package evident.checks.kubernetes.namespace_without_network_policy_test

import data.evident.checks.kubernetes.namespace_without_network_policy as check

workload(namespace) := {
	"id": concat("/", ["Deployment", namespace, "api"]), "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": namespace,
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {}, "podSpec": {"containers": [{"name": "api"}]},
}

policy(kind, namespace) := {
	"id": concat("/", [kind, "deny-all"]), "apiVersion": "networking.k8s.io/v1", "kind": kind, "name": "deny-all", "namespace": namespace,
	"file": "netpol.yaml", "startLine": 1, "endLine": 9, "object": {},
}

test_unprotected_namespaces_are_reported if {
	check.deny == {{
		"resource": "Deployment/billing/api",
		"msg": "Deployment/billing/api runs in namespace billing, which has no NetworkPolicy in this directory: any pod can connect to it",
	}} with input as {"type": "kubernetes", "resources": [
		workload("clinic"),
		workload("billing"),
		workload("kube-system"),
		policy("NetworkPolicy", "clinic"),
	]}
}

test_cluster_wide_policy_covers_every_namespace if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload("billing"), policy("GlobalNetworkPolicy", null)]}
}
