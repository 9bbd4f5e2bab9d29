package evident.checks.kubernetes.encryption_key_committed_test

import data.evident.checks.kubernetes.encryption_key_committed as check
import data.evident.lib.k8s_fixtures_test as fixtures

encryption(resources) := fixtures.encryption_config(resources)

test_literal_keys_are_reported_as_secrets if {
	check.deny == {
		{
			"resource": "EncryptionConfiguration/encryption.yaml",
			"path": ["object", "resources", 0, "providers", 0, "aescbc", "keys", 1, "secret"],
			"msg": "EncryptionConfiguration/encryption.yaml commits the aescbc key \"key2\": whoever has the repository can decrypt what the API server stores in etcd",
			"secret": true,
		},
		{
			"resource": "EncryptionConfiguration/encryption.yaml",
			"path": ["object", "resources", 1, "providers", 1, "secretbox", "keys", 0, "secret"],
			"msg": "EncryptionConfiguration/encryption.yaml commits the secretbox key \"box\": whoever has the repository can decrypt what the API server stores in etcd",
			"secret": true,
		},
	} with input as {"type": "kubernetes", "resources": [encryption([
		{"resources": ["secrets"], "providers": [{"aescbc": {"keys": [
			{"name": "key1", "secret": "<BASE 64 ENCODED SECRET>"},
			{"name": "key2", "secret": "4pIp2pMfPNzH4QnYD5n7GXK2QzPk8Hx0RkG1i7yHbTc="},
		]}}]},
		{"resources": ["configmaps"], "providers": [{"identity": {}}, {"secretbox": {"keys": [{"name": "box", "secret": "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE="}]}}]},
	])]}
}

test_placeholders_short_values_and_kms_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [encryption([
		{"resources": ["secrets"], "providers": [
			{"kms": {"apiVersion": "v2", "name": "aws-kms", "endpoint": "unix:///var/run/kmsplugin/socket.sock"}},
			{"aescbc": {"keys": [{"name": "old", "secret": "${AESCBC_KEY}"}, {"name": "short", "secret": "c2VjcmV0"}]}},
			{"aesgcm": {"keys": [{"name": "key1", "secret": ""}]}},
		]},
	])]}
}
