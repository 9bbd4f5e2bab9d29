# METADATA
# title: Redshift cluster turns encryption off
# description: >-
#   An aws_redshift_cluster sets encrypted = false. The warehouse's blocks and
#   snapshots are then stored unencrypted; analytics warehouses typically hold
#   the widest copy of personal data in the organisation. (Recent provider
#   versions encrypt new clusters by default, so only an explicit false is
#   reported.)
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
# custom:
#   id: EVD-TF-017
#   severity: high
#   remediation: >-
#     Set encrypted = true and kms_key_id to a customer-managed key.
#   selector:
#     input: terraform
#     resources: [aws_redshift_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A warehouse holding ePHI falls under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.redshift_cluster_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some cluster in terraform.resources("aws_redshift_cluster")
	cluster.config.encrypted == false
	f := finding.at(cluster, ["config", "encrypted"], finding.format("%s sets encrypted = false", [cluster.id]))
}
