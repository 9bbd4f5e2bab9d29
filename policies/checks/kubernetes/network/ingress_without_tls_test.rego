package evident.checks.kubernetes.ingress_without_tls_test

import data.evident.checks.kubernetes.ingress_without_tls as check

ingress(spec) := {
	"id": "Ingress/clinic/web", "apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": "web", "namespace": "clinic",
	"file": "ingress.yaml", "startLine": 1, "endLine": 20, "object": {"spec": spec},
}

backend := {"service": {"name": "web", "port": {"number": 80}}}

test_host_without_tls_is_reported if {
	check.deny == {{
		"resource": "Ingress/clinic/web",
		"path": ["object", "spec", "rules", 1],
		"msg": "Ingress Ingress/clinic/web serves host admin.clinic.example without TLS",
	}} with input as {"type": "kubernetes", "resources": [ingress({
		"tls": [{"hosts": ["portal.clinic.example"], "secretName": "portal-tls"}],
		"rules": [
			{"host": "portal.clinic.example", "http": {"paths": [{"path": "/", "backend": backend}]}},
			{"host": "admin.clinic.example", "http": {"paths": [{"path": "/", "backend": backend}]}},
		],
	})]}
}

test_rule_without_host_and_no_tls_is_reported if {
	check.deny == {{
		"resource": "Ingress/clinic/web",
		"path": ["object", "spec", "rules", 0],
		"msg": "Ingress Ingress/clinic/web serves all hosts without TLS",
	}} with input as {"type": "kubernetes", "resources": [ingress({"rules": [{"http": {"paths": [{"path": "/", "backend": backend}]}}]})]}
}

test_default_backend_without_tls_is_reported if {
	count(check.deny) == 1 with input as {"type": "kubernetes", "resources": [ingress({"defaultBackend": backend})]}
}

test_covered_hosts_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		ingress({
			"tls": [{"hosts": ["*.clinic.example"], "secretName": "wildcard"}],
			"rules": [{"host": "portal.clinic.example", "http": {}}, {"host": "admin.clinic.example", "http": {}}],
		}),
		ingress({"tls": [{"secretName": "default"}], "rules": [{"http": {}}]}),
	]}
}

test_wildcard_does_not_cover_deeper_hosts if {
	count(check.deny) == 1 with input as {"type": "kubernetes", "resources": [ingress({
		"tls": [{"hosts": ["*.clinic.example"]}],
		"rules": [{"host": "a.b.clinic.example", "http": {}}],
	})]}
}

annotated(annotations) := {
	"id": "Ingress/clinic/web", "apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": "web", "namespace": "clinic",
	"file": "ingress.yaml", "startLine": 1, "endLine": 20, "object": {
		"metadata": {"name": "web", "namespace": "clinic", "annotations": annotations},
		"spec": {
			"tls": [{"hosts": ["portal.clinic.example"], "secretName": "portal-tls"}],
			"rules": [{"host": "portal.clinic.example", "http": {"paths": [{"path": "/", "backend": backend}]}}],
		},
	},
}

test_redirect_turned_off_is_reported if {
	check.deny == {{
		"resource": "Ingress/clinic/web",
		"path": ["object", "metadata", "annotations", "nginx.ingress.kubernetes.io/ssl-redirect"],
		"msg": "Ingress Ingress/clinic/web turns ingress-nginx's HTTPS redirect off (ssl-redirect: \"false\"): its TLS hosts are also served over plain HTTP",
	}} with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": "false"})]}
}

test_redirect_kept_or_forced_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": "true"})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": "false", "nginx.ingress.kubernetes.io/force-ssl-redirect": "true"})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": {"__unknown__": "var.redirect"}})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": "false", "nginx.ingress.kubernetes.io/force-ssl-redirect": {"__unknown__": "var.force"}})]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [annotated({"nginx.ingress.kubernetes.io/ssl-redirect": "false", "nginx.ingress.kubernetes.io/ssl-passthrough": "true"})]}
}

with_class(annotations, class_name) := object.union(annotated(annotations), {"object": {"spec": {"ingressClassName": class_name}}}) if class_name != null

else := annotated(annotations)

gce_message := "Ingress Ingress/clinic/web lets GKE's load balancer answer plain HTTP beside HTTPS (kubernetes.io/ingress.allow-http is not \"false\" and no FrontendConfig redirects): its TLS hosts are also served over plain HTTP"

test_gce_ingress_serving_http_is_reported if {
	check.deny == {{"resource": "Ingress/clinic/web", "path": ["object", "spec", "tls"], "msg": gce_message}} with input as {"type": "kubernetes", "resources": [with_class({"kubernetes.io/ingress.class": "gce"}, null)]}
	check.deny == {{"resource": "Ingress/clinic/web", "path": ["object", "spec", "tls"], "msg": gce_message}} with input as {"type": "kubernetes", "resources": [with_class({}, "gce")]}
	check.deny == {{"resource": "Ingress/clinic/web", "path": ["object", "metadata", "annotations", "kubernetes.io/ingress.allow-http"], "msg": gce_message}} with input as {"type": "kubernetes", "resources": [with_class({"kubernetes.io/ingress.class": "gce", "kubernetes.io/ingress.allow-http": "true"}, null)]}
}

test_gce_ingress_without_http_or_redirecting_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({"kubernetes.io/ingress.class": "gce", "kubernetes.io/ingress.allow-http": "false"}, null)]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({"networking.gke.io/v1beta1.FrontendConfig": "https-redirect"}, "gce")]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({"kubernetes.io/ingress.allow-http": {"__unknown__": "var.allow_http"}}, "gce")]}

	# Other classes, GKE's internal load balancer (traffic stays in the VPC, which Google encrypts) and no class at all.
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({}, "gce-internal")]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({"kubernetes.io/ingress.class": "nginx"}, null)]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [with_class({}, null)]}
}
