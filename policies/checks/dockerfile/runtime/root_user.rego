# METADATA
# title: Image runs as root
# description: >-
#   The final stage of a Dockerfile (the image that runs) sets no USER, or sets
#   USER root / 0, and its base image is not a known non-root variant. The
#   container's process then runs as root: a remote code execution in the
#   service is root inside the container, one kernel or runtime bug away from
#   the host and every other container's data.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#user
#   - ref: https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: EVD-DKR-001
#   severity: medium
#   remediation: >-
#     Create an unprivileged user in the image and switch to it before CMD/ENTRYPOINT
#     (RUN adduser --system app && USER app, or USER 10001), or build FROM a non-root
#     variant of the base image (distroless :nonroot).
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Running services with least privilege limits what a compromised process can reach, an access control safeguard for ePHI.
#     gdpr: Least privilege for processing systems is a technical measure for their ongoing confidentiality and integrity.
package evident.checks.dockerfile.root_user

import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some stage in input.resources
	stage.final
	stage.user == null
	not values.is_unknown(stage.from.ref)
	not nonroot_base(stage.from.ref)
	f := finding.at(stage, ["from"], finding.format("the final stage %s sets no USER: the container runs as the base image's default user, root for %s", [stage.id, stage.from.ref]))
}

deny contains f if {
	some stage in input.resources
	stage.final
	is_string(stage.user.value)
	root(stage.user.value)
	f := finding.at(stage, ["user"], finding.format("the final stage %s runs as root (USER %s)", [stage.id, stage.user.value]))
}

# A base image variant that runs as an unprivileged user (distroless :nonroot, rootless images).
nonroot_base(ref) if regex.match(`(?i)(nonroot|non-root|rootless)`, ref)

root(user) if regex.match(`^(root|0)(:.*)?$`, user)
