# METADATA
# title: DAX cluster is not encrypted at rest
# description: >-
#   An aws_dax_cluster has no server_side_encryption block with enabled = true
#   (the block is absent, has no enabled, or sets enabled = false). DAX then
#   keeps the DynamoDB items it caches, its configuration and its logs
#   unencrypted on the nodes' disks; there is no default encryption to fall
#   back on, and it can only be chosen when the cluster is created. A cached
#   table of patients or customers is as sensitive as the table. Not reported:
#   a dynamic server_side_encryption block or an unknown enabled (a variable).
#   Traffic between clients and the cluster (cluster_endpoint_encryption_type,
#   "NONE" by default, "TLS" to encrypt) is encryption in transit: another
#   safeguard with other controls (HIPAA 164.312(e)), reported by EVD-TF-186
#   as for ElastiCache (EVD-TF-013 at rest, EVD-TF-014 in transit).
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption
# custom:
#   id: EVD-TF-182
#   severity: high
#   remediation: >-
#     Add server_side_encryption { enabled = true } (it replaces an existing
#     cluster: create the new one before moving clients over).
#   selector:
#     input: terraform
#     resources: [aws_dax_cluster]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Cached copies of ePHI written to the cluster's disks fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; a cache holds the same personal data.
package evident.checks.terraform.dax_cluster_unencrypted

import data.evident.lib.terraform

absent := "%s is not encrypted at rest: no server_side_encryption block with enabled = true"

deny contains f if {
	some cluster in terraform.resources("aws_dax_cluster")
	f := terraform.block_off(cluster, "server_side_encryption", "enabled", absent, "%s sets server_side_encryption enabled = false: the cluster is not encrypted at rest")
}
