# METADATA
# title: TLS certificate verification disabled in the build
# description: >-
#   A RUN instruction turns off certificate verification (curl -k/--insecure,
#   wget --no-check-certificate, pip --trusted-host, npm/yarn strict-ssl
#   false, git http.sslVerify false, sslverify=0 for yum and dnf, or one of
#   the variables below set in front of a command), an ENV turns it off for
#   the running container, or an ARG turns it off for the RUN instructions
#   after it (NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0,
#   NPM_CONFIG_STRICT_SSL=false, YARN_ENABLE_STRICT_SSL=false, and
#   GIT_SSL_NO_VERIFY or PIP_TRUSTED_HOST set to any value). Any machine on
#   the network path can then impersonate the server: tampered downloads at
#   build time, and intercepted connections carrying data at run time.
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://git-scm.com/docs/git#Documentation/git.txt-codeGITSSLNOVERIFYcode
# custom:
#   id: EVD-DKR-006
#   severity: medium
#   remediation: >-
#     Remove the flag or variable; install the CA certificate the server needs
#     (COPY it to /usr/local/share/ca-certificates and run update-ca-certificates)
#     instead of disabling verification.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(d)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Transmission security needs authenticated endpoints; without certificate checks ePHI in transit and the software that handles it can be altered.
#     gdpr: Encryption in transit protects personal data only when the peer is authenticated.
package evident.checks.dockerfile.tls_verification_disabled

import data.evident.lib.finding
import data.evident.lib.transport

deny contains f if {
	some stage in input.resources
	some i, run in stage.runs
	some what in transport.verification_off_commands(run.command)
	f := finding.at(stage, ["runs", i], finding.format("RUN in %s disables TLS certificate verification (%s)", [stage.id, what]))
}

deny contains f if {
	some stage in input.resources
	some i, entry in stage.env
	transport.verification_off(entry.key, entry.value)
	f := finding.at(stage, ["env", i], finding.format("ENV %s=%s in %s disables TLS certificate verification%s", [entry.key, entry.value, stage.id, transport.verification_off_note(entry.key, entry.value)]))
}

# An ARG is an environment variable of every later RUN of its stage. One declared before the first
# FROM reaches a stage's RUN instructions only where the stage declares it again without a default:
# it is reported there, with the default it takes.
deny contains f if {
	some stage in input.resources
	some i, arg in stage.args
	value := arg_value(arg)
	transport.verification_off(arg.key, value)
	f := finding.at(stage, ["args", i], finding.format("ARG %s=%s in %s disables TLS certificate verification for its RUN instructions%s", [arg.key, value, stage.id, transport.verification_off_note(arg.key, value)]))
}

# arg_value(arg): the stage ARG's default, or without one the default of the last ARG of that name
# before the first FROM (undefined when neither has one).
arg_value(arg) := arg.default if is_string(arg.default)

else := defaults[count(defaults) - 1] if {
	arg.default == null
	defaults := [g.default | some g in input.globalArgs; g.key == arg.key]
	count(defaults) > 0
}
