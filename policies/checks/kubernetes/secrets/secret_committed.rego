# METADATA
# title: Secret manifest commits real secret values
# description: >-
#   A Secret object carries a value in data (base64, which is encoding, not
#   encryption) or stringData that decodes to something that looks real —
#   not empty, not a placeholder such as changeme, <token> or ${VAR}. The
#   credential then lives in clear text in version control, in every clone,
#   fork and CI log of the repository, long after it is rotated in the cluster.
#   A Kustomization's secretGenerator literal (KEY=VALUE) is the same: the
#   Secret it generates is written in the repository. Public certificates (keys
#   ending in .crt), connection details (keys such as user, host, port,
#   database, or ending in one: DB_USER, REDIS_HOST) and service-account token
#   Secrets are not reported, nor is a value that is only PEM certificates (a CA
#   under tls.ca or ca: public, with no private key); nor are a
#   secretGenerator's files and envs, which name files (a .env file is judged by
#   the .env checks). A value under a configuration file's name (a key ending in
#   .yaml, .yml, .json, .conf, .cfg, .ini, .toml, .properties, .xml or .env,
#   such as Prometheus' additional scrape configs) is judged by what the file
#   holds: a private key, a credential assigned in it (password: …,
#   "client_secret": "…", DB_PASSWORD=…, as in VM user data), a connection
#   string with a password, an AWS access key ID, registry credentials (a
#   Docker config's auths) or a Slack, Discord or Teams webhook URL; so is a
#   value that is Kubernetes manifests (the objects a Cluster API
#   ClusterResourceSet applies to new clusters, `${VAR}` placeholders and
#   all). The Secrets of the Kustomize patches that an overlay
#   merges into a base it includes (patch files, inline patches, JSON 6902
#   operations) are checked too, each located in its patch. Binary data (base64
#   that is not UTF-8 text once decoded: a PKCS#12 keystore, a DER key) is a
#   value like any other.
#   Values are masked in every output.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/secrets-good-practices/
#   - ref: https://github.com/bitnami-labs/sealed-secrets
#   - ref: https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/
# custom:
#   id: EVD-K8S-017
#   severity: high
#   remediation: >-
#     Remove the Secret from the repository and rotate the credential; deliver
#     it with an external secret manager (External Secrets Operator, CSI secret
#     store) or commit it encrypted (Sealed Secrets, SOPS).
#   selector:
#     input: kubernetes
#     resources: [Secret, Kustomization]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the repository breaks access control and person-or-entity authentication, and password management requires safeguarding it.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.kubernetes.secret_committed

import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

# Keys that name connection details rather than credentials.
non_secret_keys := {"user", "username", "host", "hostname", "port", "database", "dbname", "db", "namespace"}

# entries: [Secret, field, key, value as written, whether it holds a file] of each data and
# stringData entry of the Secrets (and overlay patch fragments) other than service-account tokens.
# An array: a set would hash each whole Secret again. Whether the entry is a file (holds_a_file,
# which decodes it) is decided once here for both rules below.
entries := [[secret, field, key, value, file] |
	some secret in kubernetes.resources_and_patches_of_kind("Secret")
	not secret.object.type == "kubernetes.io/service-account-token"
	some field in ["data", "stringData"]
	map := object.get(secret.object, field, {})
	not values.is_unknown(map)
	some key, value in map
	file := is_file(key, field, value)
]

is_file(key, field, value) if {
	holds_a_file(key, field, value)
} else := false

deny contains f if {
	some [secret, field, key, value, false] in entries
	not endswith(key, ".crt")
	not connection_detail(key)
	committed_value(field, value)
	f := finding.secret_at(secret, ["object", field, key], finding.format("%s commits the value of %s (%s) in clear text", [secret.id, key, field]))
}

# committed_value(field, value): text that is not a placeholder nor a public certificate, or
# binary data (a keystore, a DER certificate or key: base64 that is not UTF-8 text once decoded).
committed_value(field, value) if {
	text := plain(field, value)
	real_looking(text)
	not public_certificate(text)
}

committed_value("data", value) if {
	is_string(value)
	values.is_base64(value)
	not values.base64_text(value)
}

# A configuration file kept in a Secret: reported for the credentials it holds.
deny contains f if {
	some [secret, field, key, value, true] in entries
	reason := file_credential(plain(field, value))
	f := finding.secret_at(secret, ["object", field, key], finding.format("%s commits %s (%s) in clear text: the file holds %s", [secret.id, key, field, reason]))
}

# A Kustomization's secretGenerator literal (KEY=VALUE): the Secret it generates holds that value.
deny contains f if {
	some [kustomization, path, name, key, value] in kubernetes.generator_literals("secretGenerator")
	not endswith(key, ".crt")
	not connection_detail(key)
	real_looking(value)
	f := finding.secret_at(kustomization, path, finding.format("%s commits the value of %s (secretGenerator %s) in clear text", [kustomization.id, key, name]))
}

# connection_detail(key): the key names a connection detail, whole (user, host) or as its
# last word (DB_USER, postgres.host, REDIS-PORT). A key that ends in a separator (DB_HOST_)
# has no last word: env.words drops the empty one, endswith sees it.
connection_detail(key) if {
	words := env.words(key)
	last := lower(words[count(words) - 1])
	last in non_secret_keys
	endswith(lower(key), last)
}

# public_certificate(text): PEM certificates (a CA, a chain) without a private key: public, whatever
# the key is called (tls.ca, ca, ca-bundle.pem).
public_certificate(text) if {
	startswith(trim_space(text), "-----BEGIN CERTIFICATE-----")
	not contains(text, "PRIVATE KEY")
}

# holds_a_file(key, field, value): the entry is a file, judged by the credentials it holds: its key
# names a configuration file, or its value is Kubernetes manifests (a Cluster API
# ClusterResourceSet carries the objects it applies to new clusters so, `${VAR}` placeholders and
# all).
holds_a_file(key, _, _) if config_file(key)

holds_a_file(_, field, value) if manifests(plain(field, value))

manifests(text) if {
	contains(text, "apiVersion:") # the regular expressions only for values that may be manifests
	regex.match(`(?m)^\s*apiVersion:\s*\S`, text)
	regex.match(`(?m)^\s*kind:\s*\S`, text)
}

# config_file(key): the key names a configuration file by its extension.
config_file(key) if {
	parts := split(lower(key), ".")
	count(parts) > 1
	parts[count(parts) - 1] in config_extensions
}

config_extensions := {"yaml", "yml", "json", "conf", "cfg", "ini", "toml", "properties", "xml", "env"}

# file_credential(text): what credential a configuration file's text holds, for the message
# (never the value); undefined when it holds none.
file_credential(text) := "a private key" if {
	contains(text, "PRIVATE KEY-----")
} else := reason if {
	found := env.script_secrets(text)
	count(found) > 0
	reason := sort([what | some [what, _] in found])[0]
} else := "registry credentials (auths)" if {
	contains(text, `"auths"`)
	contains(text, `"auth"`)
} else := "a webhook URL with its token" if {
	some prefix in webhook_prefixes
	contains(text, prefix)
}

# Webhook URLs whose path is the credential: whoever has the URL can post to the channel.
webhook_prefixes := ["hooks.slack.com/services/", "discord.com/api/webhooks/", "discordapp.com/api/webhooks/", ".webhook.office.com/"]

# plain(field, value): the text of an entry: stringData as written, data decoded from base64 when
# that is UTF-8 text, or as written when it is not base64 (which Kubernetes rejects, but the value
# is in the repository all the same: `password: supersecretpassword` under data).
plain("data", value) := values.base64_text(value) if is_string(value)

plain("data", value) := value if {
	is_string(value)
	not values.is_base64(value)
}

plain("stringData", value) := value if is_string(value)

real_looking(value) if {
	trimmed := trim_space(value)
	count(trimmed) >= 4
	not values.placeholder_text(trimmed)
}
