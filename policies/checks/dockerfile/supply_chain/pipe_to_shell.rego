# METADATA
# title: Downloaded script piped into a shell
# description: >-
#   A RUN instruction downloads a script with curl or wget and runs it
#   straight away (`curl … | sh`, `bash <(curl …)`, `sh -c "$(wget -O- …)"`).
#   Nothing verifies what was downloaded: whoever controls the server, the
#   DNS or the network path at build time runs code in the image.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#using-pipes
# custom:
#   id: EVD-DKR-005
#   severity: medium
#   remediation: >-
#     Download to a file, verify its checksum or signature (sha256sum -c, gpg --verify),
#     then run it; better, install from the distribution's signed packages.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Running unverified downloaded code undermines the integrity of systems holding ePHI and protection from malicious software.
#     gdpr: Unverified code in the build threatens the integrity of the systems that process personal data.
package evident.checks.dockerfile.pipe_to_shell

import data.evident.lib.finding

# curl/wget … | [sudo] sh|bash|zsh|dash|ash|ksh|python|perl|node
piped := `(?i)\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+(-\S+\s+)*)?(env\s+\S+\s+)*(/usr)?(/bin/)?(ba|z|da|a|k)?sh\b|(?i)\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(python[0-9.]*|perl|node|ruby)\b`

# bash <(curl …), sh -c "$(curl …)", source <(wget …)
substituted := `(?i)\b((ba|z|da|a|k)?sh|source|\.)\s+(-c\s+)?["']?(<\(|\$\()\s*(curl|wget)\b`

deny contains f if {
	some stage in input.resources
	some i, run in stage.runs
	pipes_download_to_shell(run.command)
	f := finding.at(stage, ["runs", i], finding.format("RUN in %s pipes a downloaded script into a shell without verifying it", [stage.id]))
}

pipes_download_to_shell(command) if regex.match(piped, command)

pipes_download_to_shell(command) if regex.match(substituted, command)
