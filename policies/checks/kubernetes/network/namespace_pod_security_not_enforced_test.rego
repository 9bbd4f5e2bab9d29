package evident.checks.kubernetes.namespace_pod_security_not_enforced_test

import data.evident.checks.kubernetes.namespace_pod_security_not_enforced as check

namespace(name, labels) := {
	"id": concat("/", ["Namespace", name]), "apiVersion": "v1", "kind": "Namespace", "name": name, "namespace": null,
	"file": "ns.yaml", "startLine": 1, "endLine": 6, "object": {"metadata": {"name": name, "labels": labels}},
}

test_unenforced_namespaces_are_reported if {
	check.deny == {
		{"resource": "Namespace/clinic", "msg": "Namespace/clinic has no pod-security.kubernetes.io/enforce label: any pod, privileged ones included, is admitted"},
		{
			"resource": "Namespace/tools",
			"path": ["object", "metadata", "labels", "pod-security.kubernetes.io/enforce"],
			"msg": "Namespace/tools enforces the privileged Pod Security Standard: any pod is admitted",
		},
	} with input as {"type": "kubernetes", "resources": [
		namespace("clinic", {"team": "records", "pod-security.kubernetes.io/warn": "restricted"}),
		namespace("tools", {"pod-security.kubernetes.io/enforce": "privileged"}),
		namespace("kube-system", {}),
	]}
}

test_enforcing_namespaces_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		namespace("clinic", {"pod-security.kubernetes.io/enforce": "restricted"}),
		namespace("legacy", {"pod-security.kubernetes.io/enforce": "baseline"}),
	]}
}

test_namespaces_without_labels_are_reported if {
	check.deny == {{"resource": "Namespace/bare", "msg": "Namespace/bare has no pod-security.kubernetes.io/enforce label: any pod, privileged ones included, is admitted"}} with input as {"type": "kubernetes", "resources": [{
		"id": "Namespace/bare", "apiVersion": "v1", "kind": "Namespace", "name": "bare", "namespace": null,
		"file": "ns.yaml", "startLine": 1, "endLine": 3, "object": {"metadata": {"name": "bare"}},
	}]}
}

test_labels_not_known_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [namespace("tenant", {"__unknown__": "var.labels", "refs": ["var.labels"]})]}
}
