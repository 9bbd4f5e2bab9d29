# METADATA
# title: Secret passed to a container as a plain environment value
# description: >-
#   A container's env sets a literal value for a variable whose name says it
#   holds a secret (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, CREDENTIALS,
#   ACCESS_KEY…; not a setting about one such as DB_PASSWORD_FILE or TOKEN_TTL),
#   or a literal connection string with an embedded password
#   (scheme://user:password@host). Placeholders (changeme, ${X}, <password>),
#   absolute paths and $(OTHER_VARIABLE) references are not secrets. The value
#   is stored in clear text in the manifest, in version control, in the API
#   server and in every copy of the object, and anyone who can read the
#   workload can read it. The workloads of
#   Kustomize patches that an overlay merges into a base it includes (patch
#   files, inline patches, JSON 6902 operations) are checked too, each located
#   in its patch.
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

import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.kubernetes

# The name and value are read as the other formats' environments are (lib/env.rego
# secret_reason: ECS task definitions, ConfigMaps, compose and .env files): a credential word
# in the name that is not a setting about the credential (DB_PASSWORD_FILE, TOKEN_TTL), and a
# value that is not a placeholder, a reference or a path (such as $(OTHER_VARIABLE), which
# Kubernetes replaces with the container's variable of that name).
deny contains f if {
	some workload in kubernetes.workloads_and_patches
	some c in kubernetes.containers(workload)
	some i, entry in object.get(c.container, "env", [])
	is_string(entry.value)
	entry.value != ""
	name := object.get(entry, "name", "")
	reason := env.secret_reason(name, entry.value)
	f := finding.secret_at(
		workload,
		array.concat(c.path, ["env", i, "value"]),
		finding.format("%s \"%s\" of %s sets %s %s as a literal value", [c.role, c.name, workload.id, name, reason]),
	)
}
