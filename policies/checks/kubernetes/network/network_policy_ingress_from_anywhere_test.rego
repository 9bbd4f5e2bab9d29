package evident.checks.kubernetes.network_policy_ingress_from_anywhere_test

import data.evident.checks.kubernetes.network_policy_ingress_from_anywhere as check

policy(name, api_version, ingress) := {
	"id": concat("/", ["NetworkPolicy/clinic", name]), "apiVersion": api_version, "kind": "NetworkPolicy", "name": name, "namespace": "clinic",
	"file": "np.yaml", "startLine": 1, "endLine": 20, "object": {"spec": {"podSelector": {}, "ingress": ingress}},
}

test_any_address_is_reported if {
	check.deny == {
		{
			"resource": "NetworkPolicy/clinic/web",
			"path": ["object", "spec", "ingress", 0, "from", 1, "ipBlock", "cidr"],
			"msg": "NetworkPolicy/clinic/web admits ingress from any address (ipBlock 0.0.0.0/0) to the pods it selects",
		},
		{
			"resource": "NetworkPolicy/clinic/web6",
			"path": ["object", "spec", "ingress", 1, "from", 0, "ipBlock", "cidr"],
			"msg": "NetworkPolicy/clinic/web6 admits ingress from any address (ipBlock ::/0) to the pods it selects",
		},
	} with input as {"type": "kubernetes", "resources": [
		policy("web", "networking.k8s.io/v1", [{"from": [{"podSelector": {}}, {"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}]}]),
		policy("web6", "networking.k8s.io/v1", [{"from": [{"ipBlock": {"cidr": "10.0.0.0/8"}}]}, {"from": [{"ipBlock": {"cidr": "::/0"}}]}]),
	]}
}

# A private range, selectors, a CIDR not known here, no spec, Calico's own NetworkPolicy kind.
test_limited_sources_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		policy("a", "networking.k8s.io/v1", [{"from": [{"ipBlock": {"cidr": "10.20.0.0/16"}}, {"namespaceSelector": {}}]}]),
		policy("b", "networking.k8s.io/v1", [{"from": [{"ipBlock": {"cidr": {"__unknown__": "var.cidr"}}}]}]),
		policy("c", "projectcalico.org/v3", [{"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]}]),
		{"id": "NetworkPolicy/clinic/d", "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "name": "d", "namespace": "clinic", "file": "np.yaml", "startLine": 1, "endLine": 3, "object": {}},
	]}
}

# What an overlay's patch sets is reported, in the patch.
test_a_patch_that_opens_a_policy_is_reported if {
	check.deny == {{
		"resource": "NetworkPolicy/portal (patch overlays/prod/np.yaml:1)",
		"path": ["object", "spec", "ingress", 0, "from", 0, "ipBlock", "cidr"],
		"msg": "NetworkPolicy/portal (patch overlays/prod/np.yaml:1) admits ingress from any address (ipBlock 0.0.0.0/0) to the pods it selects",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [{
		"id": "NetworkPolicy/portal (patch overlays/prod/np.yaml:1)", "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "name": "portal", "namespace": "default",
		"file": "overlays/prod/np.yaml", "startLine": 1, "endLine": 9, "object": {"spec": {"ingress": [{"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]}]}},
	}]}
}
