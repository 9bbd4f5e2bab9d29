# METADATA
# title: Service image not pinned to a version
# description: >-
#   A compose service that is not built locally runs an image with no tag and
#   no digest (which means `latest`) or with the `latest` tag and no digest
#   (a digest pins the image whatever the tag says). Each pull can
#   bring different software, unreviewed: deployments are not reproducible
#   and a compromised upstream image is picked up silently. A service whose
#   image another service of the same file builds (`build` with the same
#   `image`) is not reported, like the service that builds it: the name is
#   the project's own image, built from source and tagged with it by compose
#   (Compose file reference, build, "Using build and image").
# related_resources:
#   - ref: https://docs.docker.com/reference/compose-file/services/#image
#   - ref: https://docs.docker.com/reference/compose-file/build/#using-build-and-image
# custom:
#   id: EVD-DC-006
#   severity: low
#   remediation: >-
#     Pin the image to a version tag (postgres:16.2), better to a digest
#     (postgres:16.2@sha256:…), and update it deliberately.
#   selector:
#     input: compose
#     resources: [service]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Unpinned images let unreviewed (possibly malicious) code into systems that handle ePHI, against protection from malicious software and integrity.
#     gdpr: Knowing and controlling what software processes personal data is part of the integrity of processing systems.
package evident.checks.compose.image_latest

import data.evident.lib.dockerfile
import data.evident.lib.finding

deny contains f if {
	some service in input.resources
	not service.build
	service.image.latest == true
	not built_here(service.image.ref)
	f := finding.at(service, ["image"], finding.format("%s runs image %s, %s", [service.id, service.image.ref, dockerfile.latest_reason(service.image)]))
}

# built_here(ref): another service of the same compose file builds the image
# ref (`build` + `image: ref`), so ref names a local build, not a pulled image.
built_here(ref) if {
	some other in input.resources
	other.build == true
	other.image.ref == ref
}
