# METADATA
# title: Credential stored in a ConfigMap
# description: >-
#   A ConfigMap's data sets a key whose name says it holds a secret (PASSWORD,
#   SECRET, TOKEN, API_KEY, PRIVATE_KEY, CLIENT_SECRET…) to a literal value, or
#   holds a connection string with an embedded password
#   (scheme://user:password@host); or a value that is a whole configuration
#   file (several lines) sets such a key on one of its lines (key=value or
#   key: value: application.properties, .env or YAML content), or a
#   Kustomization's configMapGenerator literal (KEY=VALUE) does. ConfigMaps are
#   meant for non-confidential
#   configuration: they are not encrypted at rest by the API server's
#   encryption configuration for Secrets, are readable by every role allowed to
#   read configuration, and are committed with the manifest. Keys that name a
#   setting about a credential (…_FILE, …_PATH, …_EXPIRY, …_ALGORITHM…) and
#   placeholder values (empty, ${VAR}, changeme, <password>, ****) are not
#   reported. The ConfigMaps of the Kustomize patches that an overlay merges
#   into a base it includes (patch files, inline patches, JSON 6902
#   operations) are checked too, each located in its patch. The value
#   is masked in every output.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/configmap/
#   - ref: https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/configmapgenerator/
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/
# custom:
#   id: EVD-K8S-023
#   severity: high
#   remediation: >-
#     Move the value to a Secret (ideally synced from a secret manager by the
#     External Secrets Operator or the Secrets Store CSI driver) and mount or
#     reference it from there; rotate the exposed credential.
#   selector:
#     input: kubernetes
#     resources: [ConfigMap, Kustomization]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential readable by everyone with access to the configuration breaks access control and person-or-entity authentication, and password management requires safeguarding it.
#     gdpr: Leaked credentials to systems holding personal data undermine the confidentiality of processing systems.
package evident.checks.kubernetes.config_map_secret

import data.evident.lib.env
import data.evident.lib.finding
import data.evident.lib.kubernetes
import data.evident.lib.values

deny contains f if {
	some config_map in kubernetes.resources_and_patches_of_kind("ConfigMap")
	data_map := object.get(config_map.object, "data", {})
	not values.is_unknown(data_map)
	some key, value in data_map
	is_string(key)
	is_string(value)
	not contains(value, "\n")
	reason := env.secret_reason(key, value)
	f := finding.secret_at(config_map, ["object", "data", key], finding.format("%s stores %s %s in a ConfigMap", [config_map.id, key, reason]))
}

# A configuration file kept as one value: each of its key=value or key: value lines.
deny contains f if {
	some config_map in kubernetes.resources_and_patches_of_kind("ConfigMap")
	data_map := object.get(config_map.object, "data", {})
	not values.is_unknown(data_map)
	some key, value in data_map
	is_string(key)
	is_string(value)
	contains(value, "\n")
	some entry in entries(value)
	reason := env.secret_reason(entry[0], entry[1])
	f := finding.secret_at(config_map, ["object", "data", key], finding.format("%s stores %s %s in a ConfigMap (in %s)", [config_map.id, entry[0], reason, key]))
}

# A Kustomization's configMapGenerator literal (KEY=VALUE).
deny contains f if {
	some [kustomization, path, name, key, value] in kubernetes.generator_literals("configMapGenerator")
	reason := env.secret_reason(key, trim(trim_space(value), "\"'"))
	f := finding.secret_at(kustomization, path, finding.format("%s stores %s %s in a ConfigMap (configMapGenerator %s)", [kustomization.id, key, reason, name]))
}

# entries(text): [key, value] of every line that assigns a value, comments left out; quotes and
# a trailing comma (JSON) taken off both.
entries(text) := {[k, v] |
	some line in split(text, "\n")
	t := trim_space(line)
	t != ""
	not comment(t)
	at := separator(t)
	k := clean(substring(t, 0, at))
	k != ""
	v := clean(substring(t, at + 1, -1))
}

comment(t) if startswith(t, "#")

comment(t) if startswith(t, "//")

comment(t) if startswith(t, ";")

# separator(t): the first "=" or ":" after the start of the line.
separator(t) := min({i | some c in ["=", ":"]; i := indexof(t, c); i > 0})

clean(x) := trim(trim_space(x), "\"',")
