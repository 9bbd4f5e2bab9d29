package evident.checks.kubernetes.service_exposed_test

import data.evident.checks.kubernetes.service_exposed as check

service(name, annotations, spec) := {
	"id": concat("/", ["Service", "clinic", name]), "apiVersion": "v1", "kind": "Service", "name": name, "namespace": "clinic",
	"file": "svc.yaml", "startLine": 1, "endLine": 20,
	"object": {"metadata": {"name": name, "annotations": annotations}, "spec": spec},
}

test_public_services_are_reported if {
	check.deny == {
		{"resource": "Service/clinic/api", "path": ["object", "spec", "type"], "msg": "Service/clinic/api is a public LoadBalancer (no internal annotation, no loadBalancerSourceRanges)"},
		{"resource": "Service/clinic/debug", "path": ["object", "spec", "type"], "msg": "Service/clinic/debug is a NodePort: it listens on every node's address"},
	} with input as {"type": "kubernetes", "resources": [
		service("api", {"service.beta.kubernetes.io/azure-load-balancer-internal": "false"}, {"type": "LoadBalancer"}),
		service("debug", {}, {"type": "NodePort"}),
	]}
}

test_internal_restricted_and_cluster_ip_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		service("a", {"service.beta.kubernetes.io/azure-load-balancer-internal": "true"}, {"type": "LoadBalancer"}),
		service("b", {"networking.gke.io/load-balancer-type": "Internal"}, {"type": "LoadBalancer"}),
		service("c", {}, {"type": "LoadBalancer", "loadBalancerSourceRanges": ["10.0.0.0/8"]}),
		service("d", {}, {"type": "ClusterIP"}),
		service("e", {}, {}),
	]}
}
