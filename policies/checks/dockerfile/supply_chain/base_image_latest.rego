# METADATA
# title: Base image not pinned to a version
# description: >-
#   A build stage starts FROM an image with no tag and no digest (which means
#   `latest`) or with the `latest` tag and no digest (a digest pins the image
#   whatever the tag says). What the image contains changes under
#   the same name: builds are not reproducible, and an unreviewed (or
#   compromised) upstream image goes into production with the next build.
#   A FROM that names a build context given by a compose file that builds the
#   Dockerfile (build.additional_contexts) is judged by the context: the image
#   of a docker-image:// source, nothing for a compose service's image
#   (service:…) or a folder.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
# custom:
#   id: EVD-DKR-002
#   severity: low
#   remediation: >-
#     Pin the base image to a version tag (node:20.11-alpine), better to a digest
#     (node:20.11-alpine@sha256:…), and update it deliberately (Dependabot, Renovate).
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Unpinned base images let unreviewed (possibly malicious) code into systems that handle ePHI, against protection from malicious software and integrity.
#     gdpr: Knowing and controlling what software processes personal data is part of the integrity of processing systems.
package evident.checks.dockerfile.base_image_latest

import data.evident.lib.dockerfile
import data.evident.lib.finding

deny contains f if {
	some stage in input.resources
	stage.from.latest == true
	not stage.from.context
	f := finding.at(stage, ["from"], finding.format("%s is built FROM %s, %s", [stage.id, stage.from.ref, dockerfile.latest_reason(stage.from)]))
}

# FROM a compose build context whose source is a registry image (docker-image://alpine): that image.
deny contains f if {
	some stage in input.resources
	stage.from.latest == true
	context := stage.from.context
	f := finding.at(stage, ["from"], finding.format("%s is built FROM %s (the compose build context %s), %s", [stage.id, stage.from.ref, context.name, dockerfile.latest_reason(stage.from)]))
}
