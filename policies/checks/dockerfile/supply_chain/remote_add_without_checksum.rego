# METADATA
# title: ADD downloads a remote file without a checksum
# description: >-
#   An ADD instruction fetches a URL (or a git repository) at build time
#   without --checksum. Whatever the server returns on that day goes into the
#   image unverified: a compromised or hijacked download host, or a changed
#   release, silently changes the software that processes the data.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#add---checksum
#   - ref: https://docs.docker.com/build/building/best-practices/#add-or-copy
# custom:
#   id: EVD-DKR-004
#   severity: medium
#   remediation: >-
#     Add --checksum=sha256:<digest> to the ADD (or download with curl and verify the
#     digest with sha256sum -c in the same RUN); for git sources pin a commit.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.312(c)(2)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Verifying downloaded software is a mechanism to corroborate that what runs next to ePHI has not been altered.
#     gdpr: Unverified downloads threaten the integrity of the systems that process personal data.
package evident.checks.dockerfile.remote_add_without_checksum

import data.evident.lib.finding

deny contains f if {
	some stage in input.resources
	some i, add in stage.adds
	add.remote
	not add.checksum
	some source in add.sources
	regex.match(`^((https?|git|ssh)://|git@)`, source)
	f := finding.at(stage, ["adds", i], finding.format("ADD in %s downloads %s without --checksum", [stage.id, source]))
}
