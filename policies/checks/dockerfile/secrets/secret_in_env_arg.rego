# METADATA
# title: Secret baked into an image through ENV or ARG
# description: >-
#   An ENV or ARG instruction sets a literal value that looks like a real
#   credential: a known key format (AWS, GitHub, Stripe, Slack, private key…),
#   a password in a URL, or a random-looking value (or any password) under a
#   credential name. ENV values are stored in the image configuration and ARG
#   values in its build history: anyone who can pull the image (or read the
#   repository) can read the secret.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://docs.docker.com/reference/dockerfile/#arg
# custom:
#   id: EVD-DKR-003
#   severity: high
#   remediation: >-
#     Remove the value and rotate the credential. Pass build-time secrets with
#     RUN --mount=type=secret (docker build --secret), and runtime secrets through
#     the orchestrator's secret store (Kubernetes Secrets, compose secrets).
#   selector:
#     input: dockerfile
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone who can pull the image breaks access control and authentication of the systems holding ePHI.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.dockerfile.secret_in_env_arg

import data.evident.lib.finding

deny contains f if {
	some stage in input.resources
	some i, entry in stage.env
	entry.secret
	f := finding.secret_at(stage, ["env", i], finding.format("ENV %s of %s holds %s", [entry.key, stage.id, entry.secret.label]))
}

deny contains f if {
	some stage in input.resources
	some i, entry in stage.args
	entry.secret
	f := finding.secret_at(stage, ["args", i], finding.format("ARG %s of %s has a default that holds %s", [entry.key, stage.id, entry.secret.label]))
}

deny contains f if {
	some arg in input.globalArgs
	arg.secret
	f := finding.secret_at(arg, [], finding.format("ARG %s (before the first FROM) has a default that holds %s", [arg.key, arg.secret.label]))
}
