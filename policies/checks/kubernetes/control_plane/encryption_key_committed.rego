# METADATA
# title: Kubernetes encryption key committed in an EncryptionConfiguration
# description: >-
#   An EncryptionConfiguration (apiserver.config.k8s.io) holds the key of an
#   aescbc, aesgcm or secretbox provider as a literal value (base64 of the key
#   bytes). These are the keys the API server encrypts Secrets with before it
#   writes them to etcd: whoever has the repository — every clone, fork and CI
#   log of it — can decrypt etcd's data, its snapshots and its backups, so the
#   encryption at rest protects nothing from them. A value that is not base64
#   (a placeholder such as <BASE 64 ENCODED SECRET>, a template variable) or
#   that is too short to be a key (under 24 characters, 16 bytes) is not
#   reported. kms providers keep their keys in a key management service and
#   have none to commit. The key is masked in every output.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/
# custom:
#   id: EVD-K8S-031
#   severity: high
#   remediation: >-
#     Remove the file from the repository, generate new keys on the control-plane
#     nodes (head -c 32 /dev/urandom | base64), rotate them as the Kubernetes
#     documentation describes and rewrite every Secret; better, use the kms v2
#     provider so that the key never leaves the key management service.
#   selector:
#     input: kubernetes
#     resources: [EncryptionConfiguration]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption protects ePHI credentials only while its key stays secret; a key in the repository gives everyone with access to the code the means to decrypt them.
#     gdpr: Encryption is an appropriate measure only while its key is kept confidential.
package evident.checks.kubernetes.encryption_key_committed

import data.evident.lib.control_plane
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some config in control_plane.encryption_configurations
	some i, entry in object.get(config.object, "resources", [])
	some j, provider in object.get(entry, "providers", [])
	some kind in ["aescbc", "aesgcm", "secretbox"]
	some k, key in object.get(provider, [kind, "keys"], [])
	secret := key.secret
	is_string(secret)
	count(secret) >= 24
	values.is_base64(secret)
	path := ["object", "resources", i, "providers", j, kind, "keys", k, "secret"]
	msg := finding.format("%s commits the %s key \"%s\": whoever has the repository can decrypt what the API server stores in etcd", [config.id, kind, finding.value_text(object.get(key, "name", ""))])
	f := finding.secret_at(config, path, msg)
}
