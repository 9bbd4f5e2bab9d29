# METADATA
# title: GKE cluster does not encrypt Kubernetes Secrets with a Cloud KMS key
# description: >-
#   A google_container_cluster has no database_encryption block, or one with
#   state = "DECRYPTED": application-layer Secrets encryption is off. GKE
#   still encrypts the cluster state database (etcd) at rest by default, at
#   the storage layer, but only with keys Google manages: Kubernetes Secrets
#   (database passwords, API tokens that open the stores of personal data) are
#   not envelope-encrypted under a Cloud KMS key the organisation can revoke,
#   rotate or audit, which is what protects them in an offline copy of etcd.
#   Not reported: state = "ENCRYPTED" (the provider's only other value), a
#   state given by a variable or another resource, a dynamic
#   database_encryption block, and a cluster whose control-plane disks, etcd
#   included, are encrypted with a Cloud KMS key
#   (user_managed_keys_config.control_plane_disk_encryption_key). Low
#   severity: defence in depth, not missing encryption.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#nested_database_encryption
# custom:
#   id: EVD-TF-173
#   severity: low
#   remediation: >-
#     Add database_encryption { state = "ENCRYPTED" key_name = google_kms_crypto_key.x.id }
#     with a key in the cluster's location, and grant the GKE service agent
#     (service-<project number>@container-engine-robot.iam.gserviceaccount.com)
#     roles/cloudkms.cryptoKeyEncrypterDecrypter on it.
#   selector:
#     input: terraform
#     resources: [google_container_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Secrets hold the credentials to the systems that store ePHI; encrypting them under a key the covered entity controls strengthens the encryption and decryption specification.
#     gdpr: Encryption of the credentials to personal data under the controller's own key is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_gke_secrets_unencrypted

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	not terraform.has_block(cluster.config, "database_encryption")
	not control_plane_key(cluster.config)
	f := finding.of(cluster, finding.format("%s does not encrypt Kubernetes Secrets with a Cloud KMS key (no database_encryption block)", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("google_container_cluster")
	some i, encryption in terraform.blocks(cluster.config, "database_encryption")
	encryption.state == "DECRYPTED"
	not control_plane_key(cluster.config)
	f := finding.at(cluster, ["config", "database_encryption", i, "state"], finding.format("%s does not encrypt Kubernetes Secrets with a Cloud KMS key (database_encryption.state = \"DECRYPTED\")", [cluster.id]))
}

# control_plane_key(cfg): the control-plane disks (which hold etcd) are
# encrypted with a Cloud KMS key, so Secrets at rest are not under
# Google-managed keys only.
control_plane_key(cfg) if gcp.customer_key(cfg, "user_managed_keys_config", "control_plane_disk_encryption_key")
