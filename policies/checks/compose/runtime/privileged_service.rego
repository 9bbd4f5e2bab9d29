# METADATA
# title: Service runs privileged or with admin capabilities
# description: >-
#   A compose service sets privileged: true, or adds the ALL or SYS_ADMIN
#   capability. Such a container has (nearly) all the powers of root on the
#   host: mounting the host's disks, loading kernel modules, reading every
#   other container's files, including their databases and secrets.
# related_resources:
#   - ref: https://docs.docker.com/reference/compose-file/services/#privileged
#   - ref: https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities
# custom:
#   id: EVD-DC-001
#   severity: high
#   remediation: >-
#     Remove privileged: true and cap_add ALL/SYS_ADMIN; add only the narrow capabilities
#     the process needs (e.g. NET_BIND_SERVICE) and prefer cap_drop: [ALL].
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A privileged container can bypass every access control on the host, including the isolation of the services holding ePHI.
#     gdpr: Container isolation is part of the ongoing confidentiality and integrity of processing systems.
package evident.checks.compose.privileged_service

import data.evident.lib.finding

deny contains f if {
	some service in input.resources
	service.privileged == true
	f := finding.at(service, ["privileged"], finding.format("%s runs privileged (privileged: true)", [service.id]))
}

deny contains f if {
	some service in input.resources
	some i, cap in service.cap_add
	admin_capability(cap)
	f := finding.at(service, ["cap_add", i], finding.format("%s adds the %s capability", [service.id, upper(cap)]))
}

admin_capability(cap) if regex.match(`^(?i)(CAP_)?(ALL|SYS_ADMIN)$`, cap)
