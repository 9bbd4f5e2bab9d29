# METADATA
# title: EKS cluster does not encrypt Kubernetes Secrets with a customer-managed KMS key
# description: >-
#   An AWS::EKS::Cluster has no EncryptionConfig (or an empty list), or its
#   EncryptionConfig leaves secrets out of Resources or names no KMS key
#   (Provider.KeyArn missing or empty). Kubernetes Secrets (database
#   passwords, API tokens, the credentials to the stores of personal and
#   health data) are then not envelope-encrypted under a key the organisation
#   controls. Since Kubernetes 1.28, EKS envelope-encrypts all Kubernetes API
#   data by default, but with an AWS owned key: its use does not appear in the
#   account's CloudTrail and access to the Secrets cannot be revoked or
#   restricted with a key policy; on older versions Secrets are protected only
#   by the disk encryption of the control plane. Low severity: the data is
#   encrypted at rest either way; what is missing is key custody. Not
#   reported: an EncryptionConfig, entry, Resources or key that is unknown (a
#   parameter without default, an undecidable Fn::If, a key of the stack or
#   imported).
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-cluster-encryptionconfig.html
# custom:
#   id: EVD-CFN-041
#   severity: low
#   remediation: >-
#     Add EncryptionConfig with an entry {Provider: {KeyArn: <customer-managed
#     key ARN>}, Resources: [secrets]}, using a symmetric key in the cluster's
#     region.
#   selector:
#     input: cloudformation
#     resources: [AWS::EKS::Cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the credentials to ePHI stores auditable and revocable.
#     gdpr: Encrypting the cluster's Secrets under the controller's own key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.cloudformation.eks_secrets_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	values.absent_or_null(cluster.properties, "EncryptionConfig")
	f := finding.of(cluster, finding.format("%s has no EncryptionConfig: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	cluster.properties.EncryptionConfig == []
	f := finding.at(cluster, ["properties", "EncryptionConfig"], finding.format("%s sets EncryptionConfig to an empty list: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	entries := known_entries(cluster.properties)
	not secrets_encrypted(entries)
	some i, entry in entries
	not covers_secrets(entry)
	f := finding.at(cluster, resources_path(i, entry), finding.format("%s EncryptionConfig does not list secrets in Resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	entries := known_entries(cluster.properties)
	not secrets_encrypted(entries)
	some i, entry in entries
	covers_secrets(entry)
	f := finding.at(cluster, key_path(i, entry), finding.format("%s EncryptionConfig names no KMS key (Provider.KeyArn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key", [cluster.id]))
}

# known_entries(props): EncryptionConfig as a list whose every entry is a known
# object; undefined when the list or an entry is unknown (it may encrypt) or
# not of the documented shape (not judged).
known_entries(props) := entries if {
	entries := props.EncryptionConfig
	is_array(entries)
	every entry in entries {
		values.known_object(entry)
	}
}

secrets_encrypted(entries) if {
	some entry in entries
	covers_secrets(entry)
	keyed(entry)
}

# covers_secrets(entry): Resources lists secrets, or may (unknown list or item).
covers_secrets(entry) if values.is_unknown(entry.Resources)

covers_secrets(entry) if "secrets" in cfn.as_list(entry.Resources)

covers_secrets(entry) if {
	some item in cfn.as_list(entry.Resources)
	values.is_unknown(item)
}

# keyed(entry): Provider names a key (an ARN or alias), or may (unknown).
keyed(entry) if values.is_unknown(entry.Provider)

keyed(entry) if cfn.given(entry.Provider, "KeyArn")

resources_path(i, entry) := ["properties", "EncryptionConfig", i, "Resources"] if {
	values.has_key(entry, "Resources")
} else := ["properties", "EncryptionConfig", i]

# key_path(i, entry): the empty KeyArn, else the Provider, else the entry.
key_path(i, entry) := ["properties", "EncryptionConfig", i, "Provider", "KeyArn"] if {
	values.has_key(entry.Provider, "KeyArn")
} else := ["properties", "EncryptionConfig", i, "Provider"] if {
	values.has_key(entry, "Provider")
} else := ["properties", "EncryptionConfig", i]
