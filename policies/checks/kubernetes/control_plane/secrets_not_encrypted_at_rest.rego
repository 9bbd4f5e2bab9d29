# METADATA
# title: Kubernetes Secrets are stored in etcd without encryption
# description: >-
#   A kube-apiserver that the directory configures (a container that runs it,
#   a kubeadm ClusterConfiguration's apiServer.extraArgs, or the one in a
#   Cluster API KubeadmControlPlane's kubeadmConfigSpec) has no
#   --encryption-provider-config, so it writes every Secret to etcd as
#   plain bytes: anyone who reads etcd's data directory, a snapshot or a
#   backup of it reads every credential and every certificate key of the
#   cluster. Also reported: an EncryptionConfiguration whose first provider
#   for secrets is `identity` (the API server writes with the first provider;
#   identity writes plain text), or that lists no entry for secrets (nor the
#   `*.*` or `*.` wildcards). kubeadm does not encrypt Secrets unless told
#   to. A KubeadmControlPlaneTemplate (of a ClusterClass, whose patches may
#   add the flag) is not judged for a missing flag. Managed clusters (EKS, AKS, GKE) encrypt etcd themselves and offer
#   envelope encryption with a customer key, which the Terraform checks judge.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/
# custom:
#   id: EVD-K8S-028
#   severity: medium
#   remediation: >-
#     Write an EncryptionConfiguration whose first provider for secrets is kms
#     (v2, with a key in your cloud's or your own key management service), or
#     aescbc/aesgcm/secretbox with a key kept off the repository, pass it with
#     --encryption-provider-config (with kubeadm: apiServer.extraArgs and
#     extraVolumes), then rewrite the existing Secrets
#     (kubectl get secrets -A -o json | kubectl replace -f -) so they are
#     stored encrypted.
#   selector:
#     input: kubernetes
#     resources: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, ClusterConfiguration, KubeadmControlPlane, KubeadmControlPlaneTemplate, EncryptionConfiguration]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Secrets hold the credentials to the systems that store ePHI; encryption at rest is the addressable safeguard for them in etcd and its backups.
#     gdpr: Encryption of the stored credentials to personal data is a measure Art. 32(1)(a) names.
package evident.checks.kubernetes.secrets_not_encrypted_at_rest

import data.evident.lib.control_plane
import data.evident.lib.finding

deny contains f if {
	some server in control_plane.of_program("kube-apiserver")
	server.complete
	not control_plane.set(server, "encryption-provider-config")
	f := control_plane.finding(server, server.at, finding.format("%s stores Secrets in etcd unencrypted: --encryption-provider-config is not set", [server.label]))
}

deny contains f if {
	some config in control_plane.encryption_configurations
	entries := object.get(config.object, "resources", [])
	is_array(entries)
	not may_cover_secrets(entries)
	f := finding.at(config, ["object", "resources"], finding.format("%s lists no provider for Secrets, which are stored unencrypted", [config.id]))
}

deny contains f if {
	some config in control_plane.encryption_configurations
	i := secrets_entry(config.object.resources)
	provider := config.object.resources[i].providers[0]
	is_object(provider)
	provider.identity
	path := ["object", "resources", i, "providers", 0]
	f := finding.at(config, path, finding.format("%s writes Secrets unencrypted: identity is the first provider for secrets", [config.id]))
}

# secrets_entry(entries): the index of the first entry whose resources cover secrets (the API
# server uses the first entry that matches a resource); undefined when an entry may cover them
# before it (its resources are not known here).
secrets_entry(entries) := i if {
	i := min([j | some j, entry in entries; covers_secrets(entry)])
	not unknown_before(entries, i)
}

unknown_before(entries, i) if {
	some j, entry in entries
	j < i
	not known_resources(entry)
}

# may_cover_secrets(entries): an entry covers secrets, or lists resources not known here.
may_cover_secrets(entries) if {
	some entry in entries
	covers_secrets(entry)
}

may_cover_secrets(entries) if {
	some entry in entries
	not known_resources(entry)
}

covers_secrets(entry) if {
	some name in entry.resources
	name in {"secrets", "*.*", "*."}
}

known_resources(entry) if {
	is_array(entry.resources)
	every name in entry.resources {
		is_string(name)
	}
}
