package evident.checks.kubernetes.environment_tls_disabled_test

import data.evident.checks.kubernetes.environment_tls_disabled as check

workload(env) := {
	"id": "Deployment/clinic/portal", "apiVersion": "apps/v1", "kind": "Deployment", "name": "portal", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {},
	"podSpec": {"containers": [{"name": "portal", "env": env}]},
}

config_map(entries) := {
	"id": "ConfigMap/clinic/portal-settings", "apiVersion": "v1", "kind": "ConfigMap", "name": "portal-settings", "namespace": "clinic",
	"file": "settings.yaml", "startLine": 1, "endLine": 10, "object": {"data": entries},
}

env_at(i, msg) := {"resource": "Deployment/clinic/portal", "path": ["podSpec", "containers", 0, "env", i, "value"], "msg": msg}

test_container_environment_is_reported if {
	check.deny == {
		env_at(0, "container \"portal\" of Deployment/clinic/portal sets NODE_TLS_REJECT_UNAUTHORIZED=0, which disables TLS certificate verification"),
		env_at(1, "container \"portal\" of Deployment/clinic/portal connects to records.cluster-x.eu-central-1.rds.amazonaws.com with sslmode=disable (no TLS) through DATABASE_URL"),
		env_at(2, "container \"portal\" of Deployment/clinic/portal sets MYSQL_SSL_MODE=off, which turns TLS off for database connections"),
	} with input as {"type": "kubernetes", "resources": [workload([
		{"name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0"},
		{"name": "DATABASE_URL", "value": "postgres://portal@records.cluster-x.eu-central-1.rds.amazonaws.com:5432/records?sslmode=disable"},
		{"name": "MYSQL_SSL_MODE", "value": "off"},
	])]}
}

test_config_map_entries_are_reported if {
	check.deny == {{
		"resource": "ConfigMap/clinic/portal-settings", "path": ["object", "data", "PGSSLMODE"],
		"msg": "ConfigMap/clinic/portal-settings sets PGSSLMODE=disable, which turns TLS off for database connections",
	}} with input as {"type": "kubernetes", "resources": [config_map({
		"PGSSLMODE": "disable",
		"settings.env": "PGSSLMODE=disable\nLOG_LEVEL=info\n",
	})]}
}

test_databases_in_the_cluster_and_verified_tls_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload([
			{"name": "DATABASE_URL", "value": "postgres://portal@postgres:5432/records?sslmode=disable"},
			{"name": "AUDIT_DB_URL", "value": "postgres://audit@audit-db.data:5432/audit?sslmode=disable"},
			{"name": "CACHE_URL", "value": "redis://cache.clinic.svc.cluster.local:6379/0?ssl=false"},
			{"name": "REPORTS_DB_URL", "value": "postgres://reports@records.cluster-x.eu-central-1.rds.amazonaws.com/records?sslmode=verify-full"},
			{"name": "NODE_TLS_REJECT_UNAUTHORIZED", "valueFrom": {"configMapKeyRef": {"name": "tls", "key": "reject"}}},
			{"name": "PGSSLMODE", "value": "verify-full"},
		]),
		config_map({"NODE_TLS_REJECT_UNAUTHORIZED": "1"}),
	]}
}

# A host of two labels is a Service of that namespace when the folder has objects in it, even when
# the namespace is named like a top-level domain.
test_a_namespace_of_the_folder_named_like_a_domain if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		workload([{"name": "DATABASE_URL", "value": "postgres://portal@records.dev:5432/records?sslmode=disable"}]),
		{"id": "Namespace/dev", "apiVersion": "v1", "kind": "Namespace", "name": "dev", "namespace": null, "file": "ns.yaml", "startLine": 1, "endLine": 4, "object": {"metadata": {"name": "dev"}}},
	]}
	check.deny == {env_at(0, "container \"portal\" of Deployment/clinic/portal connects to records.dev with sslmode=disable (no TLS) through DATABASE_URL")} with input as {"type": "kubernetes", "resources": [
		workload([{"name": "DATABASE_URL", "value": "postgres://portal@records.dev:5432/records?sslmode=disable"}]),
	]}
}

test_config_map_generator_literals_are_reported if {
	check.deny == {{
		"resource": "Kustomization/app/kustomization.yaml", "path": ["object", "configMapGenerator", 0, "literals", 1],
		"msg": "Kustomization/app/kustomization.yaml (configMapGenerator portal) sets NODE_TLS_REJECT_UNAUTHORIZED=0, which disables TLS certificate verification",
	}} with input as {"type": "kubernetes", "resources": [{
		"id": "Kustomization/app/kustomization.yaml", "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "name": "", "namespace": null,
		"file": "app/kustomization.yaml", "startLine": 1, "endLine": 20,
		"object": {"configMapGenerator": [{"name": "portal", "literals": ["LOG_LEVEL=info", "NODE_TLS_REJECT_UNAUTHORIZED=\"0\"", "PGSSLMODE=verify-full"]}]},
	}]}
}
