# METADATA
# title: EMR cluster does not encrypt data at rest, in transit or on its local disks
# description: >-
#   An AWS::EMR::SecurityConfiguration whose SecurityConfiguration (an object,
#   or a JSON string) leaves a part of EMR's encryption off gets one finding
#   per missing part: EncryptionConfiguration.EnableAtRestEncryption false or
#   not set (EMR encrypts neither the nodes' disks nor what EMRFS writes to
#   S3), EnableInTransitEncryption false or not set (Hadoop, Spark and Presto
#   traffic between the nodes is clear text), and, when at-rest encryption is
#   on, an AtRestEncryptionConfiguration without LocalDiskEncryptionConfiguration
#   or one with no or an empty EncryptionKeyProviderType (only S3 data is
#   encrypted; the instance store and EBS volumes holding HDFS, shuffle and
#   spill data are not). "false" and "true" strings are read. A configuration
#   without EncryptionConfiguration reports both flags. Findings are located
#   at the property that is false, or at the deepest object present; in a
#   JSON string, at SecurityConfiguration. An AWS::EMR::Cluster without
#   SecurityConfiguration is reported at the resource: without one EMR
#   encrypts neither the traffic between its nodes nor their local disks.
#   Silent: values the template leaves undecided (a parameter without
#   default, an undecidable Fn::If), a cluster whose SecurityConfiguration is
#   one of them. EnableEbsEncryption (EBS encryption of the root volume
#   instead of LUKS) and the S3 encryption mode are not judged, nor is
#   whether a named configuration exists.
# related_resources:
#   - ref: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-emr-securityconfiguration.html
# custom:
#   id: EVD-CFN-074
#   severity: high
#   remediation: >-
#     Create a security configuration with EnableAtRestEncryption and
#     EnableInTransitEncryption set to true, a LocalDiskEncryptionConfiguration
#     with EncryptionKeyProviderType AwsKms (a customer managed key), S3
#     encryption and TLS certificates, and name it in the cluster's
#     SecurityConfiguration (set when the cluster is created).
#   selector:
#     input: cloudformation
#     resources: ["AWS::EMR::SecurityConfiguration", "AWS::EMR::Cluster"]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI processed by an analytics cluster must be encrypted on its disks and protected while moving between its nodes.
#     gdpr: Encryption of personal data at rest and in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.emr_security_configuration_unencrypted

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some r in cfn.resources("AWS::EMR::SecurityConfiguration")
	[doc, deep] := document(r.properties.SecurityConfiguration)
	some [suffix, fmt, detail] in aws.emr_encryption_gaps(doc)
	f := finding.at(r, location(suffix, deep), finding.format(fmt, [r.id, detail]))
}

deny contains f if {
	some r in cfn.resources("AWS::EMR::Cluster")
	values.absent_or_null(r.properties, "SecurityConfiguration")
	f := finding.of(r, finding.format("%s has no SecurityConfiguration: EMR encrypts neither the traffic between its nodes nor their local disks", [r.id]))
}

# document(v): [the configuration as an object, whether paths inside it can be
# located]: an object is located property by property, a JSON string
# (aws.document) as a whole.
document(v) := [v, true] if values.known_object(v)

else := [doc, false] if doc := aws.document(v)

location(suffix, true) := array.concat(["properties", "SecurityConfiguration"], suffix)

location(_, false) := ["properties", "SecurityConfiguration"]
