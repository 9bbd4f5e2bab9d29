# METADATA
# title: Image runs as root
# description: >-
#   The final stage of a Dockerfile (the image that runs) sets no USER, or sets
#   USER root / 0, and its base image is not a known non-root variant. The
#   container's process then runs as root: a remote code execution in the
#   service is root inside the container, one kernel or runtime bug away from
#   the host and every other container's data. Chainguard images
#   (cgr.dev/chainguard/…) are known non-root, except their -dev variants (a
#   shell and apk for build stages, which may run as root) and wolfi-base /
#   chainguard-base (root): Chainguard sets them to run as nonroot, UID 65532
#   (Chainguard Academy, "How to port a sample application to Chainguard
#   Containers"; chainguard-images BEST_PRACTICES.md, "Users"). A final
#   stage FROM scratch (directly or through earlier stages) that sets neither
#   CMD nor ENTRYPOINT is not reported: scratch is empty and has no command,
#   so the image only carries files (a Wasm plugin, artifacts for another
#   build) and starts no process (Docker docs, "Create a minimal base image
#   using scratch").
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#user
#   - ref: https://docs.docker.com/build/building/best-practices/#user
#   - ref: https://edu.chainguard.dev/chainguard/migration/porting-apps-to-chainguard/
#   - ref: https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch
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
	not data_only(stage)
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

# Chainguard images run as nonroot (UID 65532), except the -dev variants
# (`:latest-dev`, `:3.12-dev`: a shell and apk, for build stages) and the
# wolfi-base / chainguard-base images, which set no user (root).
nonroot_base(ref) if {
	startswith(ref, "cgr.dev/chainguard/")
	path := substring(ref, count("cgr.dev/chainguard/"), -1)
	not contains(path, "-dev")
	not regex.match(`^(wolfi-base|chainguard-base)([:@]|$)`, path)
}

# data_only(stage): the stage's image starts FROM scratch (directly or through
# the earlier stages it is built from) and neither it nor those stages set CMD
# or ENTRYPOINT. scratch has none of its own, and the commands of stages the
# image is not built from do not carry over: the image starts no process.
data_only(stage) if {
	chain := graph.reachable(parents, {stage.id})
	some s in input.resources
	s.id in chain
	s.from.scratch == true
	not has_command(chain)
}

# parents[id]: the stage that stage id is built FROM (`FROM <earlier stage>`).
parents[stage.id] := {parent.id |
	stage.from.stage == true
	some parent in input.resources
	parent.kind == "stage"
	is_string(parent.name)
	lower(parent.name) == lower(stage.from.ref)
} if some stage in input.resources

has_command(chain) if {
	some s in input.resources
	s.id in chain
	some i in s.instructions
	i.instruction in {"CMD", "ENTRYPOINT"}
}

root(user) if regex.match(`^(root|0)(:.*)?$`, user)
