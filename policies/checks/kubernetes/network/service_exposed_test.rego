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

ingress_class(labels) := {
	"id": "IngressClass/nginx", "apiVersion": "networking.k8s.io/v1", "kind": "IngressClass", "name": "nginx",
	"file": "svc.yaml", "startLine": 30, "endLine": 40,
	"object": {"metadata": {"name": "nginx", "labels": labels}, "spec": {"controller": "k8s.io/ingress-nginx"}},
}

test_the_ingress_controllers_own_service_is_not_reported if {
	check.deny == {
		{"resource": "Service/clinic/api", "path": ["object", "spec", "type"], "msg": "Service/clinic/api is a public LoadBalancer (no internal annotation, no loadBalancerSourceRanges)"},
		{"resource": "Service/clinic/other", "path": ["object", "spec", "type"], "msg": "Service/clinic/other is a NodePort: it listens on every node's address"},
		{"resource": "Service/clinic/any", "path": ["object", "spec", "type"], "msg": "Service/clinic/any is a NodePort: it listens on every node's address"},
	} with input as {"type": "kubernetes", "resources": [
		ingress_class({"app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller", "app.kubernetes.io/version": "1.10.1"}),
		service("controller", {}, {"type": "LoadBalancer", "selector": {"app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller"}}),
		service("controller-nodeport", {}, {"type": "NodePort", "selector": {"app.kubernetes.io/name": "ingress-nginx"}}),
		# a selector the class does not carry, and no selector at all
		service("api", {}, {"type": "LoadBalancer", "selector": {"app.kubernetes.io/name": "api"}}),
		service("other", {}, {"type": "NodePort", "selector": {"app.kubernetes.io/name": "ingress-nginx", "tier": "web"}}),
		service("any", {}, {"type": "NodePort", "selector": {}}),
	]}
}

test_without_an_ingress_class_the_controller_service_is_reported if {
	check.deny == {{"resource": "Service/clinic/controller", "path": ["object", "spec", "type"], "msg": "Service/clinic/controller is a public LoadBalancer (no internal annotation, no loadBalancerSourceRanges)"}} with input as {"type": "kubernetes", "resources": [service("controller", {}, {"type": "LoadBalancer", "selector": {"app.kubernetes.io/name": "ingress-nginx"}})]}
}
