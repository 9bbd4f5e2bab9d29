# METADATA
# title: EKS cluster does not encrypt Kubernetes Secrets with a customer-managed KMS key
# description: >-
#   An aws_eks_cluster has no encryption_config block, or its encryption_config
#   leaves "secrets" out of resources or names no KMS key (provider.key_arn
#   missing or empty). Kubernetes Secrets (database passwords, API tokens, the
#   credentials to the stores of personal and health data) are then not
#   envelope-encrypted under a key the organisation controls. Since Kubernetes
#   1.28, EKS envelope-encrypts all Kubernetes API data by default, but with an
#   AWS owned key: its use does not appear in the account's CloudTrail and
#   access to the Secrets cannot be revoked or restricted with a key policy;
#   on older versions Secrets are protected only by the disk encryption of the
#   control plane. Low severity: the data is encrypted at rest either way;
#   what is missing is key custody. Not reported: a dynamic encryption_config,
#   resources or a key ARN that are unknown (a variable, another resource).
#   A cluster a terraform-aws-modules/eks call creates is judged as the
#   module writes it: no encryption by default up to version 18, Secrets
#   encrypted with a key the module creates from version 19 (unless
#   cluster_encryption_config = {}); it is not reported when that is
#   undecided (an unknown input, no version pinned that tells).
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config
# custom:
#   id: EVD-TF-065
#   severity: low
#   remediation: >-
#     Add encryption_config { resources = ["secrets"], provider { key_arn =
#     aws_kms_key.eks.arn } } with a symmetric customer-managed key in the
#     cluster's region (it can be added to an existing cluster, not removed).
#   selector:
#     input: terraform
#     resources: [aws_eks_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the credentials to ePHI stores auditable and revocable.
#     gdpr: Encrypting the cluster's Secrets under the controller's own key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.terraform.eks_secrets_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in clusters
	not terraform.has_block(cluster.config, "encryption_config")
	f := finding.of(cluster, finding.format("%s has no encryption_config: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

deny contains f if {
	some cluster in clusters
	not terraform.dynamic(cluster.config, "encryption_config")
	not secrets_encrypted(cluster.config)
	some i, block in terraform.blocks(cluster.config, "encryption_config")
	not covers_secrets(block)
	f := finding.at(cluster, resources_path(i, block), finding.format("%s encryption_config does not list \"secrets\" in resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

deny contains f if {
	some cluster in clusters
	not terraform.dynamic(cluster.config, "encryption_config")
	not secrets_encrypted(cluster.config)
	some i, block in terraform.blocks(cluster.config, "encryption_config")
	covers_secrets(block)
	f := finding.at(cluster, key_path(i, block), finding.format("%s encryption_config names no KMS key (provider.key_arn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

# clusters: the aws_eks_cluster resources, those a terraform-aws-modules/eks
# call creates included (its model writes the encryption_config the module's
# version would, or a dynamic one when that is undecided: src/parsers/terraform-modules/eks.ts).
clusters := terraform.resources("aws_eks_cluster")

# secrets_encrypted(cfg): some encryption_config block covers secrets with a key.
secrets_encrypted(cfg) if {
	some block in terraform.blocks(cfg, "encryption_config")
	covers_secrets(block)
	keyed(block)
}

# covers_secrets(block): resources lists "secrets", or may (unknown list or item).
covers_secrets(block) if values.is_unknown(block.resources)

covers_secrets(block) if "secrets" in block.resources

covers_secrets(block) if {
	some item in block.resources
	values.is_unknown(item)
}

# keyed(block): a provider block names a KMS key (or may: unknown, dynamic).
keyed(block) if terraform.dynamic(block, "provider")

keyed(block) if {
	some p in terraform.blocks(block, "provider")
	terraform.given(p, "key_arn")
}

resources_path(i, block) := ["config", "encryption_config", i, "resources"] if {
	values.has_key(block, "resources")
} else := ["config", "encryption_config", i]

# key_path(i, block): the empty key_arn, else the block (no provider block or no key_arn).
key_path(i, block) := ["config", "encryption_config", i, "provider", 0, "key_arn"] if {
	values.has_key(terraform.blocks(block, "provider")[0], "key_arn")
} else := ["config", "encryption_config", i]
