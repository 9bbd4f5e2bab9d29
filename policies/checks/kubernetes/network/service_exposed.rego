# METADATA
# title: Service is exposed outside the cluster (LoadBalancer or NodePort)
# description: >-
#   A Service of type LoadBalancer without an internal-load-balancer
#   annotation (Azure, GKE, AWS, OCI, OpenStack) and without
#   loadBalancerSourceRanges, or a Service of type NodePort, makes its pods
#   reachable from outside the cluster — for a public load balancer, from the
#   whole internet — bypassing the Ingress controller, its TLS and its
#   authentication. Intended public endpoints should go through an Ingress or
#   Gateway with TLS. Not reported: the Service of the Ingress controller
#   itself, one whose selector is among the labels of an IngressClass of the
#   same folder (ingress-nginx's deploy manifests): it is that entry point, and
#   the TLS of its Ingresses is EVD-K8S-003's.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
# custom:
#   id: EVD-K8S-016
#   severity: medium
#   remediation: >-
#     Use type ClusterIP behind an Ingress/Gateway with TLS; for a load balancer
#     that only internal clients need, add the provider's internal annotation,
#     or restrict it with loadBalancerSourceRanges.
#   selector:
#     input: kubernetes
#     resources: [Service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Exposing a workload directly outside the cluster widens who can attempt access to ePHI and may bypass transport encryption.
#     gdpr: Keeping processing services unreachable from outside by default protects the confidentiality of personal data.
package evident.checks.kubernetes.service_exposed

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

# Annotation → values that make a LoadBalancer internal.
internal_annotations := {
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"networking.gke.io/load-balancer-type": {"Internal"},
	"cloud.google.com/load-balancer-type": {"Internal", "internal"},
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true", "0.0.0.0/0"},
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"service.beta.kubernetes.io/oci-load-balancer-internal": {"true"},
	"service.beta.kubernetes.io/openstack-internal-load-balancer": {"true"},
}

deny contains f if {
	some service in kubernetes.resources_of_kind("Service")
	service.object.spec.type == "LoadBalancer"
	not internal_load_balancer(service)
	not ingress_controller(service)
	count(object.get(service.object.spec, "loadBalancerSourceRanges", [])) == 0
	f := finding.at(service, ["object", "spec", "type"], finding.format("%s is a public LoadBalancer (no internal annotation, no loadBalancerSourceRanges)", [service.id]))
}

deny contains f if {
	some service in kubernetes.resources_of_kind("Service")
	service.object.spec.type == "NodePort"
	not ingress_controller(service)
	f := finding.at(service, ["object", "spec", "type"], finding.format("%s is a NodePort: it listens on every node's address", [service.id]))
}

internal_load_balancer(service) if {
	some annotation, accepted in internal_annotations
	value := service.object.metadata.annotations[annotation]
	is_string(value)
	value in accepted
}

# Annotations, or the value of one that makes a load balancer internal, not known here.
internal_load_balancer(service) if values.is_unknown(service.object.metadata.annotations)

internal_load_balancer(service) if {
	some annotation, _ in internal_annotations
	values.is_unknown(service.object.metadata.annotations[annotation])
}

# ingress_controller(service): the Service selects the pods of an Ingress
# controller: its (non-empty) selector is among the labels of an IngressClass
# (src/engine/parts.ts keeps IngressClasses in every part of a large folder). A
# selector or labels not known here (Terraform variables) may match.
ingress_controller(service) if {
	selector := service.object.spec.selector
	is_object(selector)
	count(selector) > 0
	some class in kubernetes.resources_of_kind("IngressClass")
	labels := object.get(class.object, ["metadata", "labels"], {})
	selects(selector, labels)
}

selects(selector, _) if values.is_unknown(selector)

selects(_, labels) if values.is_unknown(labels)

selects(selector, labels) if {
	not values.is_unknown(selector)
	not values.is_unknown(labels)
	every key, value in selector {
		label_matches(labels, key, value)
	}
}

label_matches(labels, key, value) if labels[key] == value

label_matches(_, _, value) if values.is_unknown(value)

label_matches(labels, key, _) if values.is_unknown(labels[key])
