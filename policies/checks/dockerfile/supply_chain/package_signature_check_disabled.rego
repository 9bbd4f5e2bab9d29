# METADATA
# title: Packages installed without verifying their signatures
# description: >-
#   A RUN instruction turns off the package manager's signature check: apk
#   --allow-untrusted; apt-get --allow-unauthenticated, --force-yes,
#   AllowUnauthenticated or --allow-insecure-repositories, or a repository
#   marked [trusted=yes]; yum, dnf, tdnf or microdnf --nogpgcheck, or gpgcheck=0
#   (an option or a repository file); rpm --nosignature, --nodigest,
#   --nofiledigest or --noverify; zypper --no-gpg-checks. The repository's
#   signature is what proves a package is the one its maintainers published:
#   without it, a mirror, a proxy or anyone on the network path can put any
#   package into the image.
# related_resources:
#   - ref: https://wiki.debian.org/SecureApt
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: EVD-DKR-008
#   severity: medium
#   remediation: >-
#     Remove the option; import the repository's signing key (apt's signed-by
#     keyring, rpm --import, apk's /etc/apk/keys) so that its packages verify.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Unsigned packages can carry code that alters or discloses ePHI; verifying them protects integrity and guards against malicious software.
#     gdpr: Installing unverified software threatens the integrity of the systems that process personal data.
package evident.checks.dockerfile.package_signature_check_disabled

import data.evident.lib.finding
import data.evident.lib.values

# What turns the check off, and how the finding names it. Options are read after the command's
# name within one command (up to |, ;, & or the end of a line), as Checkov's CKV2_DOCKER_7 to 11
# read them; apt's configuration items and a repository's options anywhere in the RUN (an -o
# option, or a line written into /etc/apt), and gpgcheck=0 anywhere too (a --setopt option, a
# .repo file written by echo, printf (after a literal \n) or a heredoc, a sed that turns it off).
# repo_gpgcheck and localpkg_gpgcheck are other settings, off by default on most distributions:
# not matched. Each is tried only on a RUN that holds its needle (values.matched).
unverified := {
	"apk --allow-untrusted": ["--allow-untrusted", `\bapk\b[^|;&\n]*\s--allow-untrusted\b`],
	"apt-get --allow-unauthenticated": ["--allow-unauthenticated", `\bapt(-get)?\b[^|;&\n]*\s--allow-unauthenticated\b`],
	"apt-get --allow-insecure-repositories": ["--allow-insecure-repositories", `\bapt(-get)?\b[^|;&\n]*\s--allow-insecure-repositories\b`],
	"apt-get --force-yes": ["--force-yes", `\bapt(-get)?\b[^|;&\n]*\s--force-yes\b`],
	"APT::Get::AllowUnauthenticated": ["apt::get::allowunauthenticated", `(?i)\bAPT::Get::AllowUnauthenticated["']?(=|\s+)["']?(true|yes|1)\b`],
	"Acquire::AllowInsecureRepositories": ["acquire::allowinsecurerepositories", `(?i)\bAcquire::AllowInsecureRepositories["']?(=|\s+)["']?(true|yes|1)\b`],
	"a repository marked [trusted=yes]": ["trusted=yes", `\[([^\]\n]*\s)?trusted=yes[\s\]]`],
	"--nogpgcheck": ["--nogpgcheck", `\b(yum|dnf|dnf-3|tdnf|microdnf|yum-config-manager)\b[^|;&\n]*\s--nogpgcheck\b`],
	"gpgcheck=0": ["gpgcheck", `(?i)(^|[^a-z0-9_]|\\[nt])gpgcheck\s*=\s*["']?(0|false|no)\b`],
	"rpm --nosignature/--nodigest": ["rpm", `\brpm\b[^|;&\n]*\s--no(signature|digest|filedigest|verify)\b`],
	"zypper --no-gpg-checks": ["--no-gpg-check", `\bzypper\b[^|;&\n]*\s--no-gpg-checks?\b`],
}

deny contains f if {
	some stage in input.resources
	some i, run in stage.runs
	some what in values.matched(run.command, unverified)
	f := finding.at(stage, ["runs", i], finding.format("RUN in %s installs packages without verifying their signatures (%s)", [stage.id, what]))
}
