# METADATA
# title: EMR cluster does not encrypt data at rest, in transit or on its local disks
# description: >-
#   An aws_emr_security_configuration whose configuration (literal JSON, a
#   heredoc or jsonencode()) leaves a part of EMR's encryption off gets one
#   finding per missing part, located at the configuration argument:
#   EncryptionConfiguration.EnableAtRestEncryption false or not set (EMR
#   encrypts neither the nodes' disks nor what EMRFS writes to S3),
#   EnableInTransitEncryption false or not set (Hadoop, Spark and Presto
#   traffic between the nodes is clear text), and, when at-rest encryption is
#   on, an AtRestEncryptionConfiguration without LocalDiskEncryptionConfiguration
#   or one with no or an empty EncryptionKeyProviderType (only S3 data is
#   encrypted; the instance store and EBS volumes holding HDFS, shuffle and
#   spill data are not). A configuration without EncryptionConfiguration
#   reports both flags. An aws_emr_cluster without security_configuration (or
#   null) is reported at the resource: without one EMR encrypts neither the
#   traffic between its nodes nor their local disks. Silent: a configuration
#   that is not known (a variable, a file outside the module, a template
#   with interpolations), a flag or block whose value is not known, a cluster
#   whose security_configuration is unknown. EnableEbsEncryption (EBS
#   encryption of the root volume instead of LUKS) and the S3 encryption mode
#   are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html
#   - ref: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html
# custom:
#   id: EVD-TF-191
#   severity: high
#   remediation: >-
#     Create a security configuration with EnableAtRestEncryption and
#     EnableInTransitEncryption set to true, a LocalDiskEncryptionConfiguration
#     with EncryptionKeyProviderType AwsKms (a customer managed key), S3
#     encryption and TLS certificates, and name it in the cluster's
#     security_configuration (set when the cluster is created).
#   selector:
#     input: terraform
#     resources: [aws_emr_security_configuration, aws_emr_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI processed by an analytics cluster must be encrypted on its disks and protected while moving between its nodes.
#     gdpr: Encryption of personal data at rest and in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.emr_security_configuration_unencrypted

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some r in terraform.resources("aws_emr_security_configuration")
	doc := aws.document(r.config.configuration)
	some [_, fmt, detail] in aws.emr_encryption_gaps(doc)
	f := finding.at(r, ["config", "configuration"], finding.format(fmt, [r.id, detail]))
}

deny contains f if {
	some r in terraform.resources("aws_emr_cluster")
	values.absent_or_null(r.config, "security_configuration")
	f := finding.of(r, finding.format("%s has no security_configuration: EMR encrypts neither the traffic between its nodes nor their local disks", [r.id]))
}
