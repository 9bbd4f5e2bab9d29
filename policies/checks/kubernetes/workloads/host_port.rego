# METADATA
# title: Container binds a port on the node (hostPort)
# description: >-
#   A container declares a port with hostPort. The port is then opened on the
#   node's own address, where it is reachable by anything that can reach the
#   node — NetworkPolicies, which select pod traffic, do not apply to it — and
#   the pod can only be scheduled once per node on that port.
#   An overlay's Kustomize patch of a base it includes that declares one is
#   reported too, in the patch (the variant it deploys has it).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/overview/#services
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: EVD-K8S-021
#   severity: low
#   remediation: Remove hostPort and expose the container through a Service (ClusterIP behind an Ingress, or LoadBalancer).
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A port opened on the node bypasses the network controls in front of workloads that process ePHI.
#     gdpr: Exposing processing services outside the cluster's network controls weakens their confidentiality.
package evident.checks.kubernetes.host_port

import data.evident.lib.finding
import data.evident.lib.kubernetes

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	some i, port in object.get(c.container, "ports", [])
	is_number(port.hostPort)
	port.hostPort > 0
	f := finding.at(workload, array.concat(c.path, ["ports", i, "hostPort"]), finding.format("%s \"%s\" of %s binds port %d on the node (hostPort)", [c.role, c.name, workload.id, port.hostPort]))
}
