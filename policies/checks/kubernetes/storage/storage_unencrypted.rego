# METADATA
# title: StorageClass provisions unencrypted EBS volumes
# description: >-
#   A StorageClass of the AWS EBS CSI driver (ebs.csi.aws.com), of EKS Auto
#   Mode (ebs.csi.eks.amazonaws.com) or of the in-tree plugin
#   (kubernetes.io/aws-ebs, migrated to the CSI driver) sets its `encrypted`
#   parameter to false (the string "false" in any case, or a YAML boolean).
#   The driver then creates every volume of the class without asking EBS to
#   encrypt it: the volume and its snapshots hold the claim's data in clear
#   text, unless the AWS account encrypts new EBS volumes by default, which no
#   manifest shows. Not reported: a class that leaves `encrypted` unset (the
#   driver's default is also unencrypted, but an account with EBS encryption
#   by default encrypts those volumes, and a false alarm is worse here than a
#   miss), and a class that sets it twice in different case with one value
#   not false. Other provisioners are not judged: Azure Disk and Azure Files
#   (disk.csi.azure.com, file.csi.azure.com) and GCE Persistent Disk
#   (pd.csi.storage.gke.io) always encrypt at rest; the encryption of EFS
#   (efs.csi.aws.com) belongs to the file system, not to the class; the
#   `encrypted` parameter of Ceph RBD or Longhorn adds LUKS inside the volume
#   on storage whose own encryption the manifest does not show.
#   PersistentVolumes are not judged either: a statically provisioned EBS
#   volume (spec.csi.volumeHandle, spec.awsElasticBlockStore.volumeID) is
#   whatever volume it names, and the driver ignores an `encrypted` volume
#   attribute.
# related_resources:
#   - ref: https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: EVD-K8S-025
#   severity: medium
#   remediation: >-
#     Set parameters.encrypted to "true" (and parameters.kmsKeyId to the ARN of
#     a customer-managed KMS key) on the StorageClass. Parameters of a
#     StorageClass cannot be changed: create the class again under a new name
#     (or delete and recreate it) and move the volumes, since existing volumes
#     stay unencrypted; turn on EBS encryption by default for the account and
#     region as well.
#   selector:
#     input: kubernetes
#     resources: [StorageClass]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encrypting the volumes that hold ePHI is the addressable encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.kubernetes.storage_unencrypted

import data.evident.lib.finding
import data.evident.lib.kubernetes

# Provisioners that create EBS volumes and take the driver's `encrypted` parameter.
ebs_provisioners := {"ebs.csi.aws.com", "ebs.csi.eks.amazonaws.com", "kubernetes.io/aws-ebs"}

deny contains f if {
	some class in kubernetes.resources_of_kind("StorageClass")
	startswith(class.apiVersion, "storage.k8s.io/")
	class.object.provisioner in ebs_provisioners
	key := false_keys(class)[0]
	not encryption_requested(class)
	f := finding.at(class, ["object", "parameters", key], finding.format("%s sets %s to false: the EBS volumes it provisions (%s) are unencrypted unless the AWS account encrypts new volumes by default", [class.id, key, class.object.provisioner]))
}

# false_keys(class): the spellings of the parameter set to false, sorted: a class
# that writes both "encrypted" and "Encrypted" is reported once, at the first.
false_keys(class) := sort([key |
	some key, value in object.get(class.object, "parameters", {})
	encrypted_key(key)
	explicitly_false(value)
])

# The driver reads parameter names in any case ("Encrypted", "encrypted").
encrypted_key(key) if {
	is_string(key)
	lower(key) == "encrypted"
}

explicitly_false(false)

explicitly_false(value) if {
	is_string(value)
	lower(trim_space(value)) == "false"
}

# encryption_requested(class): some spelling of the parameter says something
# other than false ("true", a placeholder): which one the driver reads is not
# known, so the class is not reported.
encryption_requested(class) if {
	some key, value in class.object.parameters
	encrypted_key(key)
	not explicitly_false(value)
}
