package evident.checks.kubernetes.environment_plain_http_test

import data.evident.checks.kubernetes.environment_plain_http as check

workload(namespace, env) := {
	"id": "Deployment/clinic/referrals", "apiVersion": "apps/v1", "kind": "Deployment", "name": "referrals", "namespace": namespace,
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {},
	"podSpec": {"containers": [{"name": "referrals", "env": env}]},
}

test_remote_http_is_reported if {
	check.deny == {
		{
			"resource": "Deployment/clinic/referrals", "path": ["podSpec", "containers", 0, "env", 0, "value"],
			"msg": "container \"referrals\" of Deployment/clinic/referrals points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP",
		},
		{
			"resource": "Deployment/clinic/referrals", "path": ["podSpec", "containers", 0, "env", 1, "value"],
			"msg": "container \"referrals\" of Deployment/clinic/referrals points LAB_URL at http://lab.de over plain HTTP",
		},
	} with input as {"type": "kubernetes", "resources": [workload("clinic", [
		{"name": "FHIR_BASE_URL", "value": "http://fhir.partner-hospital.org/r4"},
		{"name": "LAB_URL", "value": "http://lab.de/api"},
	])]}
}

test_services_of_the_cluster_and_https_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload("clinic", [
		{"name": "FHIR_BASE_URL", "value": "https://fhir.partner-hospital.org/r4"},
		{"name": "AUTH_URL", "value": "http://keycloak:8080/realms/clinic"},
		{"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel-collector.observability:4318"},
		{"name": "METRICS_URL", "value": "http://prometheus.monitoring.svc.cluster.local:9090"},
		{"name": "CLINIC_API", "value": "http://api.clinic/v1"},
		{"name": "METADATA_URL", "value": "http://169.254.169.254/latest"},
	])]}
}

# An unknown namespace (a Terraform resource's) may be the one a two-label host names.
test_unknown_namespace_makes_two_label_hosts_services if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload({"__unknown__": "var.namespace", "refs": ["var.namespace"]}, [
		{"name": "REPORTS_URL", "value": "http://reports.app/v1"},
	])]}
	check.deny == {{
		"resource": "Deployment/clinic/referrals", "path": ["podSpec", "containers", 0, "env", 0, "value"],
		"msg": "container \"referrals\" of Deployment/clinic/referrals points REPORTS_URL at http://reports.app over plain HTTP",
	}} with input as {"type": "kubernetes", "resources": [workload("clinic", [
		{"name": "REPORTS_URL", "value": "http://reports.app/v1"},
	])]}
}
