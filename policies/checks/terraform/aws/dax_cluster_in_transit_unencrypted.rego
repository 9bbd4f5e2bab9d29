# METADATA
# title: DAX cluster does not encrypt traffic to its endpoint
# description: >-
#   An aws_dax_cluster does not set cluster_endpoint_encryption_type = "TLS"
#   (the default is "NONE"), so the applications that read and write through
#   the cache exchange DynamoDB items, often whole patient or customer records,
#   with it in clear text inside the VPC. The setting can only be chosen when
#   the cluster is created. An unknown value is not reported. Encryption at rest
#   is EVD-TF-182's.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#cluster_endpoint_encryption_type
# custom:
#   id: EVD-TF-186
#   severity: high
#   remediation: >-
#     Create the cluster with cluster_endpoint_encryption_type = "TLS" (the
#     setting cannot be changed in place: plan the replacement), and connect
#     with the daxs:// endpoint of a DAX client that supports TLS.
#   selector:
#     input: terraform
#     resources: [aws_dax_cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent between the application and the cache must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.dax_cluster_in_transit_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources("aws_dax_cluster")
	values.absent_or_null(cluster.config, "cluster_endpoint_encryption_type")
	f := finding.of(cluster, finding.format("%s does not set cluster_endpoint_encryption_type = \"TLS\": clients reach the cache in clear text (the default is NONE)", [cluster.id]))
}

deny contains f if {
	some cluster in terraform.resources("aws_dax_cluster")
	value := cluster.config.cluster_endpoint_encryption_type
	is_string(value)
	upper(value) == "NONE"
	f := finding.at(cluster, ["config", "cluster_endpoint_encryption_type"], finding.format("%s sets cluster_endpoint_encryption_type = \"NONE\": clients reach the cache in clear text", [cluster.id]))
}
