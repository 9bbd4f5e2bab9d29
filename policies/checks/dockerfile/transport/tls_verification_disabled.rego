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

# What turns verification off in a RUN, how the finding names it, and a needle its lower-cased text
# must hold before the pattern is tried (OPA's wasm runtime compiles every regular expression again
# for each document). Options are read after the command's name within one command (up to |, ;, &
# or the end of a line). The variables are matched where a command sets them (VAR=value cmd,
# export VAR=value); ENV and ARG are read below, with the judgement every other environment gets
# (lib/transport.rego verification_off).
insecure_commands := {
	"curl -k/--insecure": ["curl", `\bcurl\b[^|;&\n]*\s(-[a-zA-Z]*k[a-zA-Z]*|--insecure)(\s|$)`],
	"wget --no-check-certificate": ["--no-check-certificate", `\bwget\b[^|;&\n]*\s--no-check-certificate\b`],
	"pip --trusted-host": ["--trusted-host", `\bpip[0-9.]*\b[^|;&\n]*\s--trusted-host\b`],
	"npm/yarn strict-ssl false": ["strict-ssl", `\b(npm|yarn|pnpm)\b[^|;&\n]*\s["']?(--)?strict-ssl["']?(\s+|=)["']?false\b`],
	"git http.sslVerify false": ["sslverify", `(?i)\bgit\b[^|;&\n]*http\.sslverify(\s+|=)false\b`],
	"sslverify=0 for yum/dnf": ["sslverify", `(?im)\b(yum|dnf|dnf-3|tdnf|microdnf|yum-config-manager)\b[^|;&\n]*--setopt=["']?([^=\s]+\.)?sslverify["']?=["']?(0|false|no)\b|(^|\\n)\s*sslverify\s*=\s*["']?(0|false|no)\b`],
	"GIT_SSL_NO_VERIFY": ["git_ssl_no_verify", `\bGIT_SSL_NO_VERIFY=\S`],
	"NODE_TLS_REJECT_UNAUTHORIZED=0": ["node_tls_reject_unauthorized", `\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b`],
	"PYTHONHTTPSVERIFY=0": ["pythonhttpsverify", `\bPYTHONHTTPSVERIFY=["']?0\b`],
	"NPM_CONFIG_STRICT_SSL=false": ["npm_config_strict_ssl", `(?i)\bnpm_config_strict_ssl=["']?false\b`],
	"PIP_TRUSTED_HOST": ["pip_trusted_host", `\bPIP_TRUSTED_HOST=["']?[^\s"']`],
}

deny contains f if {
	some stage in input.resources
	some i, run in stage.runs
	text := lower(run.command)
	some what, [needle, pattern] in insecure_commands
	contains(text, needle)
	regex.match(pattern, run.command)
	f := finding.at(stage, ["runs", i], finding.format("RUN in %s disables TLS certificate verification (%s)", [stage.id, what]))
}

deny contains f if {
	some stage in input.resources
	some i, entry in stage.env
	transport.verification_off(entry.key, entry.value)
	f := finding.at(stage, ["env", i], finding.format("ENV %s=%s in %s disables TLS certificate verification", [entry.key, entry.value, stage.id]))
}

# An ARG is an environment variable of every later RUN of its stage. One declared before the first
# FROM reaches a stage's RUN instructions only where the stage declares it again without a default:
# it is reported there, with the default it takes.
deny contains f if {
	some stage in input.resources
	some i, arg in stage.args
	value := arg_value(arg)
	transport.verification_off(arg.key, value)
	f := finding.at(stage, ["args", i], finding.format("ARG %s=%s in %s disables TLS certificate verification for its RUN instructions", [arg.key, value, stage.id]))
}

# arg_value(arg): the stage ARG's default, or without one the default of the last ARG of that name
# before the first FROM (undefined when neither has one).
arg_value(arg) := arg.default if is_string(arg.default)

else := defaults[count(defaults) - 1] if {
	arg.default == null
	defaults := [g.default | some g in input.globalArgs; g.key == arg.key]
	count(defaults) > 0
}
