package evident.checks.kubernetes.secrets_not_encrypted_at_rest_test

import data.evident.checks.kubernetes.secrets_not_encrypted_at_rest as check
import data.evident.lib.k8s_fixtures_test as fixtures

server(command) := fixtures.control_plane_pod("kube-apiserver", {"command": command})

encryption(resources) := fixtures.encryption_config(resources)

test_api_server_without_provider_config_is_reported if {
	check.deny == {{
		"resource": "Pod/kube-system/kube-apiserver",
		"path": ["podSpec", "containers", 0, "command"],
		"msg": "kube-apiserver (container \"kube-apiserver\" of Pod/kube-system/kube-apiserver) stores Secrets in etcd unencrypted: --encryption-provider-config is not set",
	}} with input as {"type": "kubernetes", "resources": [server(["kube-apiserver", "--authorization-mode=Node,RBAC"])]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [server(["kube-apiserver", "--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml"])]}
}

test_identity_first_is_reported if {
	check.deny == {{
		"resource": "EncryptionConfiguration/encryption.yaml",
		"path": ["object", "resources", 1, "providers", 0],
		"msg": "EncryptionConfiguration/encryption.yaml writes Secrets unencrypted: identity is the first provider for secrets",
	}} with input as {"type": "kubernetes", "resources": [encryption([
		{"resources": ["configmaps"], "providers": [{"aescbc": {"keys": []}}]},
		{"resources": ["events", "secrets"], "providers": [{"identity": {}}, {"aescbc": {"keys": []}}]},
		{"resources": ["*.*"], "providers": [{"aescbc": {"keys": []}}]},
	])]}
}

test_secrets_not_listed_is_reported if {
	check.deny == {{
		"resource": "EncryptionConfiguration/encryption.yaml",
		"path": ["object", "resources"],
		"msg": "EncryptionConfiguration/encryption.yaml lists no provider for Secrets, which are stored unencrypted",
	}} with input as {"type": "kubernetes", "resources": [encryption([{"resources": ["configmaps"], "providers": [{"kms": {"apiVersion": "v2", "name": "kms"}}]}])]}
}

test_encrypting_first_provider_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		encryption([{"resources": ["secrets"], "providers": [{"kms": {"apiVersion": "v2", "name": "kms"}}, {"identity": {}}]}]),
		# the first matching entry wins: the wildcard after secrets' own entry does not apply to them
		encryption([
			{"resources": ["secrets"], "providers": [{"secretbox": {"keys": []}}]},
			{"resources": ["*.*"], "providers": [{"identity": {}}]},
		]),
		encryption([{"resources": ["*."], "providers": [{"aesgcm": {"keys": []}}]}]),
	]}
}

test_resources_not_known_are_not_judged if {
	unknown := {"__unknown__": "var.resources", "refs": ["var.resources"]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		encryption([{"resources": unknown, "providers": [{"aescbc": {"keys": []}}]}]),
		# an earlier entry may cover secrets: the identity entry after it may not be the one used
		encryption([
			{"resources": ["configmaps", unknown], "providers": [{"aescbc": {"keys": []}}]},
			{"resources": ["secrets"], "providers": [{"identity": {}}]},
		]),
		server(["kube-apiserver", unknown]),
	]}
}
