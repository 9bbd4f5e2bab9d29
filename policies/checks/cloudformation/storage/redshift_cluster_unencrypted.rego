# METADATA
# title: Redshift cluster turns encryption off
# description: >-
#   An AWS::Redshift::Cluster sets Encrypted to false (or "false"). The
#   warehouse's blocks and snapshots are then stored unencrypted, and on an
#   existing cluster the update decrypts it; analytics warehouses typically
#   hold the widest copy of personal data in the organisation. Amazon Redshift
#   encrypts new provisioned clusters by default, so, as for Terraform, only an
#   explicit false is reported: an omitted Encrypted, and a value that is not
#   known statically (a parameter without default), are not. KmsKeyId (a
#   customer-managed key rather than the AWS managed one) is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html
# custom:
#   id: EVD-CFN-056
#   severity: high
#   remediation: >-
#     Set Encrypted to true and KmsKeyId to a customer-managed KMS key.
#   selector:
#     input: cloudformation
#     resources: [AWS::Redshift::Cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A warehouse holding ePHI falls under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.redshift_cluster_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some cluster in cfn.resources("AWS::Redshift::Cluster")
	cfn.is_false(cluster.properties.Encrypted)
	f := finding.at(cluster, ["properties", "Encrypted"], finding.format("%s sets Encrypted to false", [cluster.id]))
}
