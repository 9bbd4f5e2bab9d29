package evident.checks.kubernetes.default_namespace_test

import data.evident.checks.kubernetes.default_namespace as check

workload(metadata) := {
	"id": "Deployment/default/api", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "default",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {"metadata": metadata}, "podSpec": {"containers": [{"name": "api"}]},
}

test_explicit_default_namespace_is_reported if {
	check.deny == {{
		"resource": "Deployment/default/api",
		"path": ["object", "metadata", "namespace"],
		"msg": "Deployment/default/api is deployed in the default namespace",
	}} with input as {"type": "kubernetes", "resources": [workload({"name": "api", "namespace": "default"})]}
}

test_unset_namespace_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"name": "api"})]}
}
