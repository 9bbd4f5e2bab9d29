# METADATA
# title: Service shares a host namespace
# description: >-
#   A compose service sets network_mode, pid or ipc to "host". With the host
#   network it can reach every service bound to localhost on the host and
#   sniff or spoof its traffic; with the host PID namespace it can see and
#   signal (and with ptrace read the memory of) every process on the host;
#   with the host IPC namespace it can read shared memory of other processes.
# related_resources:
#   - ref: https://docs.docker.com/reference/compose-file/services/#network_mode
#   - ref: https://docs.docker.com/reference/compose-file/services/#pid
# custom:
#   id: EVD-DC-002
#   severity: medium
#   remediation: >-
#     Remove network_mode/pid/ipc host; publish the ports the service needs and use
#     user-defined networks between services.
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Sharing the host's namespaces removes the isolation that keeps one service from reading another's ePHI in memory or on the wire.
#     gdpr: Isolation between processing systems is part of their ongoing confidentiality.
package evident.checks.compose.host_namespace

import data.evident.lib.finding

deny contains f if {
	some service in input.resources
	some key in ["network_mode", "pid", "ipc"]
	service[key] == "host"
	f := finding.at(service, [key], finding.format("%s shares the host's %s namespace (%s: host)", [service.id, namespace[key], key]))
}

namespace := {"network_mode": "network", "pid": "process", "ipc": "IPC"}
