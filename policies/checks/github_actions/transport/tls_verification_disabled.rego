# METADATA
# title: TLS certificate verification disabled in a workflow
# description: >-
#   A workflow, job or step `env` turns TLS certificate verification off for
#   the commands the job runs (NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0, NPM_CONFIG_STRICT_SSL=false,
#   YARN_ENABLE_STRICT_SSL=false, GIT_SSL_NO_VERIFY or PIP_TRUSTED_HOST set
#   to any value), or a step's `run` turns it off for a command (curl
#   -k/--insecure, wget --no-check-certificate, pip --trusted-host,
#   npm/yarn strict-ssl false, git http.sslVerify false, sslverify=0 for yum
#   and dnf, or one of those variables set in front of a command). The job
#   then accepts any certificate: whoever sits on the network path can hand
#   it tampered dependencies and build tools, and read or change what it
#   sends, deployment credentials and data included. The same judgement as
#   a Dockerfile's (EVD-DKR-006) and every environment's
#   (lib/transport.rego). Not reported: values written as `${{ … }}`
#   expressions, which are not known here.
# related_resources:
#   - ref: https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue
#   - ref: https://git-scm.com/docs/git#Documentation/git.txt-codeGITSSLNOVERIFYcode
# custom:
#   id: EVD-GHA-008
#   severity: medium
#   remediation: >-
#     Remove the flag or variable; give the runner the CA certificate the
#     server needs (NODE_EXTRA_CA_CERTS, pip's --cert or PIP_CERT, git's
#     http.sslCAInfo, curl's --cacert) instead of disabling verification.
#   selector:
#     input: github_actions
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(d)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Without certificate checks the software built and deployed for systems holding ePHI, and what the job sends, can be altered in transit.
#     gdpr: Encryption in transit protects personal data and the integrity of processing systems only when the peer is authenticated.
package evident.checks.github_actions.tls_verification_disabled

import data.evident.lib.finding
import data.evident.lib.github_actions
import data.evident.lib.transport

deny contains f if {
	some kv in github_actions.key_values
	kv.list == "env"
	known_setting_off(kv.entry)
	f := finding.at(kv.resource, kv.path, finding.format("%s env %s=%s disables TLS certificate verification%s", [github_actions.owner(kv), kv.entry.key, kv.entry.value, transport.verification_off_note(kv.entry.key, kv.entry.value)]))
}

deny contains f if {
	some job in input.resources
	job.kind == "job"
	some s, step in job.steps
	is_string(step.run)
	some what in transport.verification_off_commands(step.run)
	f := finding.at(job, ["steps", s, "run"], finding.format("step %d of %s runs a command that disables TLS certificate verification (%s)", [s + 1, job.id, what]))
}

# known_setting_off(entry): an env entry whose literal value turns verification off.
known_setting_off(entry) if {
	transport.verification_off(entry.key, entry.value)
	not contains(entry.value, "${{")
}
