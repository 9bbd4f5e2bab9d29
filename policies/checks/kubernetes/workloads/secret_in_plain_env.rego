# METADATA
# title: Secret passed to a container as a plain environment value
# description: >-
#   A container's env sets a literal value for a variable whose name says it
#   holds a secret (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, CREDENTIALS,
#   ACCESS_KEY…), or a literal connection string with an embedded password
#   (scheme://user:password@host). The value is stored in clear text in the
#   manifest, in version control, in the API server and in every copy of the
#   object, and anyone who can read the workload can read it. The workloads of
#   Kustomize patch files that an overlay merges into a base it includes are
#   checked too, each in its patch file.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables
# custom:
#   id: EVD-K8S-001
#   severity: high
#   remediation: >-
#     Put the value in a Secret (ideally synced from a secret manager) and reference it
#     with env[].valueFrom.secretKeyRef or envFrom.secretRef; rotate the exposed credential.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the manifest breaks access control and person-or-entity authentication, and password management requires safeguarding it.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.kubernetes.secret_in_plain_env

import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.network

# A secret's name: one of these words between underscores or the ends of the name, in any case
# (API_KEY and APIKEY alike). Split into words rather than matched with a regular expression:
# in wasm a pattern is compiled again for every document evaluated.
secret_words := {
	"PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY", "CREDENTIAL",
	"CREDENTIALS", "ACCESSKEY", "AUTHKEY", "CLIENTSECRET",
}

# Words written as two: API_KEY, PRIVATE_KEY, ACCESS_KEY, AUTH_KEY, CLIENT_SECRET.
secret_pairs := {"API": "KEY", "PRIVATE": "KEY", "ACCESS": "KEY", "AUTH": "KEY", "CLIENT": "SECRET"}

secret_name(name) if {
	some word in split(upper(name), "_")
	secret_words[word]
}

secret_name(name) if {
	words := split(upper(name), "_")
	some i, word in words
	secret_pairs[word] == words[i + 1]
}

deny contains f if {
	some workload in array.concat(kubernetes.workloads, kubernetes.patch_workloads)
	some c in kubernetes.containers(workload)
	some i, env in object.get(c.container, "env", [])
	is_string(env.value)
	env.value != ""
	name := object.get(env, "name", "")
	reason := secret_reason(name, env.value)
	f := finding.secret_at(
		workload,
		array.concat(c.path, ["env", i, "value"]),
		finding.format("%s \"%s\" of %s sets %s %s as a literal value", [c.role, c.name, workload.id, name, reason]),
	)
}

secret_reason(name, value) := "(a secret by its name)" if {
	secret_name(name)
} else := "(a connection string with an embedded password)" if {
	network.credential_url(value)
}
