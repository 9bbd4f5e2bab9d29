# METADATA
# title: Container environment or ConfigMap points outside the cluster over plain HTTP
# description: >-
#   A container's env (a literal value), a ConfigMap's entry or a
#   Kustomization's configMapGenerator literal names an
#   endpoint outside the cluster with an http:// URL (an API, a FHIR server,
#   a webhook, an identity provider). Requests, their tokens and the data they
#   carry travel unencrypted and can be read or altered on the way. The same
#   reading as .env and compose files (EVD-ENV-003, EVD-DC-008): URLs to hosts
#   in the cluster (a Service as name, name.namespace or
#   name.namespace.svc…), private addresses, .internal and .local names are
#   not reported, nor are values taken from Secrets or ConfigMaps
#   (valueFrom), which are judged where they are written.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
# custom:
#   id: EVD-K8S-035
#   severity: low
#   remediation: Use the https:// endpoint of the service.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ConfigMap]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Transmission security calls for encryption of ePHI sent over networks.
#     gdpr: Encryption in transit is a named measure for the security of processing.
package evident.checks.kubernetes.environment_plain_http

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.transport

deny contains f if {
	some v in kubernetes.literal_variables
	host := transport.plain_http(v.value)
	not kubernetes.local_host(host)
	msg := transport.plain_http_message(v.owner, v.name, v.value)
	f := finding.at(v.resource, v.path, msg)
}
