# METADATA
# title: Service image not pinned to a version
# description: >-
#   A compose service that is not built locally runs an image with no tag and
#   no digest (which means `latest`) or with the `latest` tag and no digest
#   (a digest pins the image whatever the tag says). Each pull can
#   bring different software, unreviewed: deployments are not reproducible
#   and a compromised upstream image is picked up silently.
# related_resources:
#   - ref: https://docs.docker.com/reference/compose-file/services/#image
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
	f := finding.at(service, ["image"], finding.format("%s runs image %s, %s", [service.id, service.image.ref, dockerfile.latest_reason(service.image)]))
}
