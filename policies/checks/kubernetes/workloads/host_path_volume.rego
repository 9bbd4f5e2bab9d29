# METADATA
# title: Pod mounts a directory of the node (hostPath)
# description: >-
#   A workload's pod spec has a hostPath volume. The pod then reads — and
#   unless every mount is readOnly, writes — files of the node itself, outside
#   any container isolation: other pods' volumes and logs, kubelet
#   credentials, and with the node's root filesystem or the container runtime
#   socket (docker.sock, containerd.sock, crio.sock), complete control of the
#   node and every pod on it. The message names those especially dangerous paths.
#   An overlay's Kustomize patch of a base it includes that adds one is
#   reported too, in the patch (the variant it deploys has it).
#   The control plane's static pods (Pods of kube-system that run
#   kube-apiserver, etcd, kube-controller-manager or kube-scheduler, as
#   kubeadm writes them) are not reported: they mount the node's certificate
#   and data folders by design, and EVD-K8S-027…030 judge them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: EVD-K8S-007
#   severity: medium
#   remediation: >-
#     Use a PersistentVolumeClaim, emptyDir, ConfigMap or CSI volume instead; if
#     a node agent truly needs host files, mount only the specific path,
#     readOnly, and never the root filesystem or the runtime socket.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Node files include other workloads' ePHI and credentials; hostPath access bypasses the access controls around them and exposes them to alteration.
#     gdpr: Container isolation from the node is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.kubernetes.host_path_volume

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.kubernetes

# Host paths that give control of the node.
critical_paths := {
	"/": "the node's root filesystem",
	"/var/run/docker.sock": "the container runtime socket",
	"/run/docker.sock": "the container runtime socket",
	"/var/run/containerd/containerd.sock": "the container runtime socket",
	"/run/containerd/containerd.sock": "the container runtime socket",
	"/var/run/crio/crio.sock": "the container runtime socket",
	"/var/lib/kubelet": "the kubelet's state and credentials",
	"/etc": "the node's configuration",
	"/root": "the node's root home directory",
	"/proc": "the node's processes",
}

deny contains f if {
	some workload in kubernetes.workloads_and_patches
	not control_plane.static_pod(workload)
	some i, volume in object.get(workload.podSpec, "volumes", [])
	path := volume.hostPath.path
	is_string(path)
	f := finding.at(workload, ["podSpec", "volumes", i, "hostPath", "path"], finding.format("%s mounts the node path %s%s as volume \"%s\"", [workload.id, path, describe(path), object.get(volume, "name", finding.format("#%d", [i]))]))
}

# describe(path): " (what it is)" for the paths that give control of the node.
describe("/") := finding.format(" (%s)", [critical_paths["/"]])

describe(path) := finding.format(" (%s)", [critical_paths[trim_suffix(path, "/")]]) if path != "/"

describe(path) := "" if {
	path != "/"
	not critical_paths[trim_suffix(path, "/")]
}
