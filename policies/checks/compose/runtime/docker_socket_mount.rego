# METADATA
# title: Docker socket mounted into a service
# description: >-
#   A compose service bind-mounts the container runtime's API socket
#   (/var/run/docker.sock, containerd, Podman or CRI-O). Whoever controls the
#   container controls the daemon: start a privileged container with the
#   host's root file system mounted, and read every container's volumes. A
#   read-only mount does not help: the API is still fully usable.
# related_resources:
#   - ref: https://docs.docker.com/engine/security/#docker-daemon-attack-surface
# custom:
#   id: EVD-DC-003
#   severity: high
#   remediation: >-
#     Remove the socket mount. If the service must talk to Docker, put a filtering
#     proxy in between (e.g. a socket proxy allowing read-only endpoints) or use
#     rootless Docker.
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to the Docker API is root access to the host and every container holding ePHI.
#     gdpr: Unrestricted control of the container host undermines the confidentiality and integrity of processing systems.
package evident.checks.compose.docker_socket_mount

import data.evident.lib.finding

deny contains f if {
	some service in input.resources
	some i, volume in service.volumes
	volume.docker_socket
	f := finding.at(service, ["volumes", i], finding.format("%s mounts the container runtime socket %s", [service.id, volume.source]))
}
