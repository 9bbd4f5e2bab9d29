# METADATA
# title: Ingress serves hosts without TLS
# description: >-
#   An Ingress routes a host (or all hosts) without a matching spec.tls entry,
#   so the controller serves that host over plain HTTP: requests and responses,
#   including session cookies and the personal data they carry, cross the
#   network unencrypted. Also reported: an Ingress with TLS whose
#   nginx.ingress.kubernetes.io/ssl-redirect annotation is "false" (without
#   force-ssl-redirect "true", and without ssl-passthrough "true", which makes
#   ingress-nginx ignore the other annotations): ingress-nginx, which redirects
#   HTTP to HTTPS for TLS hosts by default, then serves those hosts over plain
#   HTTP too; and an Ingress with TLS of GKE's external gce class (the
#   kubernetes.io/ingress.class annotation or spec.ingressClassName) that does
#   not set kubernetes.io/ingress.allow-http to "false" and names no
#   FrontendConfig (which can redirect to HTTPS): GKE's load balancer then
#   answers plain HTTP on port 80 beside HTTPS. Values not known here (a
#   template's) count as possibly secure.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-configuration#disabling_http
# custom:
#   id: EVD-K8S-003
#   severity: high
#   remediation: >-
#     Add a spec.tls entry listing every host of the rules with a certificate
#     Secret (e.g. issued by cert-manager), and make the controller redirect
#     HTTP to HTTPS (on GKE: a FrontendConfig with redirectToHttps, or
#     kubernetes.io/ingress.allow-http: "false").
#   selector:
#     input: kubernetes
#     resources: [Ingress]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Serving ePHI over plain HTTP leaves it unprotected in transit, which transmission security and its encryption specification address.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.kubernetes.ingress_without_tls

import data.evident.lib.finding
import data.evident.lib.values

ingresses := [r |
	some r in input.resources
	r.kind == "Ingress"
]

deny contains f if {
	some ingress in ingresses
	some i, rule in object.get(ingress.object.spec, "rules", [])
	host := object.get(rule, "host", "*")
	not covered(ingress, host)
	f := finding.at(ingress, ["object", "spec", "rules", i], finding.format("Ingress %s serves %s without TLS", [ingress.id, describe(host)]))
}

deny contains f if {
	some ingress in ingresses
	ingress.object.spec.defaultBackend
	count(object.get(ingress.object.spec, "tls", [])) == 0
	count(object.get(ingress.object.spec, "rules", [])) == 0
	f := finding.at(ingress, ["object", "spec", "defaultBackend"], finding.format("Ingress %s serves all hosts without TLS", [ingress.id]))
}

covered(ingress, host) if {
	some tls in object.get(ingress.object.spec, "tls", [])
	some h in object.get(tls, "hosts", [])
	h == host
}

deny contains f if {
	some ingress in ingresses
	count(object.get(ingress.object.spec, "tls", [])) > 0
	annotations := object.get(ingress.object, ["metadata", "annotations"], {})
	values.lower_text(annotations[ssl_redirect]) == "false"
	not may_be_on(object.get(annotations, force_ssl_redirect, null))
	not may_be_on(object.get(annotations, ssl_passthrough, null))
	f := finding.at(ingress, ["object", "metadata", "annotations", ssl_redirect], finding.format("Ingress %s turns ingress-nginx's HTTPS redirect off (ssl-redirect: \"false\"): its TLS hosts are also served over plain HTTP", [ingress.id]))
}

ssl_redirect := "nginx.ingress.kubernetes.io/ssl-redirect"

deny contains f if {
	some ingress in ingresses
	count(object.get(ingress.object.spec, "tls", [])) > 0
	annotations := object.get(ingress.object, ["metadata", "annotations"], {})
	not values.is_unknown(annotations)
	gce_class(ingress, annotations)
	not http_off(object.get(annotations, allow_http, null))
	not names_frontend_config(annotations)
	f := finding.at(ingress, gce_http_path(annotations), finding.format("Ingress %s lets GKE's load balancer answer plain HTTP beside HTTPS (kubernetes.io/ingress.allow-http is not \"false\" and no FrontendConfig redirects): its TLS hosts are also served over plain HTTP", [ingress.id]))
}

allow_http := "kubernetes.io/ingress.allow-http"

# gce_class(ingress, annotations): the Ingress is for GKE's external Application Load Balancer.
gce_class(_, annotations) if values.lower_text(annotations["kubernetes.io/ingress.class"]) == "gce"

gce_class(ingress, _) if values.lower_text(ingress.object.spec.ingressClassName) == "gce"

# http_off(v): allow-http is "false", or not known here.
http_off(v) if values.lower_text(v) == "false"

http_off(v) if values.is_unknown(v)

# names_frontend_config(annotations): a networking.gke.io/…FrontendConfig annotation, whose
# FrontendConfig may redirect HTTP to HTTPS (redirectToHttps).
names_frontend_config(annotations) if {
	some key, _ in annotations
	startswith(key, "networking.gke.io/")
	endswith(key, "FrontendConfig")
}

# gce_http_path(annotations): where the finding points: the allow-http annotation when it is
# written (to a value other than "false"), else the TLS section.
gce_http_path(annotations) := ["object", "metadata", "annotations", allow_http] if values.has_key(annotations, allow_http)

else := ["object", "spec", "tls"]

# may_be_on(v): an ingress-nginx boolean annotation (force-ssl-redirect, ssl-passthrough) that is
# "true", or a value not known here (it may be).
may_be_on(v) if values.lower_text(v) == "true"

may_be_on(v) if values.is_unknown(v)

force_ssl_redirect := "nginx.ingress.kubernetes.io/force-ssl-redirect"

# With SSL passthrough, ingress-nginx ignores the Ingress's other annotations (TLS ends at the
# backend), ssl-redirect included.
ssl_passthrough := "nginx.ingress.kubernetes.io/ssl-passthrough"

# A TLS entry without hosts applies to every host (the controller's default certificate).
covered(ingress, _) if {
	some tls in object.get(ingress.object.spec, "tls", [])
	count(object.get(tls, "hosts", [])) == 0
}

# Wildcard certificate hosts: *.example.com covers a.example.com.
covered(ingress, host) if {
	some tls in object.get(ingress.object.spec, "tls", [])
	some h in object.get(tls, "hosts", [])
	startswith(h, "*.")
	endswith(host, substring(h, 1, -1))
	count(split(host, ".")) == count(split(h, "."))
}

# A host, or a certificate's hosts, not known here may be covered.
covered(_, host) if values.is_unknown(host)

covered(ingress, _) if {
	some tls in object.get(ingress.object.spec, "tls", [])
	values.is_unknown(tls.hosts)
}

covered(ingress, _) if {
	some tls in object.get(ingress.object.spec, "tls", [])
	some h in object.get(tls, "hosts", [])
	values.is_unknown(h)
}

describe("*") := "all hosts"

describe(host) := finding.format("host %s", [host]) if host != "*"
