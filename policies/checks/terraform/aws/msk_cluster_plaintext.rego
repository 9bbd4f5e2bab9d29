# METADATA
# title: MSK cluster allows plaintext traffic
# description: >-
#   An aws_msk_cluster sets encryption_in_transit client_broker to PLAINTEXT or
#   TLS_PLAINTEXT (clients may produce and consume without TLS), or sets
#   in_cluster = false (brokers replicate to each other in clear text). Kafka
#   topics commonly carry events about people.
# related_resources:
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
# custom:
#   id: EVD-TF-033
#   severity: high
#   remediation: >-
#     Set encryption_info { encryption_in_transit { client_broker = "TLS",
#     in_cluster = true } } (both are the defaults).
#   selector:
#     input: terraform
#     resources: [aws_msk_cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI in event streams must be protected in transmission between clients and brokers.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.msk_cluster_plaintext

import data.evident.lib.finding
import data.evident.lib.terraform

transit(cluster) := [[i, j, t] |
	some i, info in terraform.blocks(cluster.config, "encryption_info")
	some j, t in terraform.blocks(info, "encryption_in_transit")
]

deny contains f if {
	some cluster in terraform.resources("aws_msk_cluster")
	some [i, j, t] in transit(cluster)
	t.client_broker in {"PLAINTEXT", "TLS_PLAINTEXT"}
	path := ["config", "encryption_info", i, "encryption_in_transit", j, "client_broker"]
	f := finding.at(cluster, path, finding.format("%s accepts plaintext client connections (client_broker = %s)", [cluster.id, t.client_broker]))
}

deny contains f if {
	some cluster in terraform.resources("aws_msk_cluster")
	some [i, j, t] in transit(cluster)
	t.in_cluster == false
	path := ["config", "encryption_info", i, "encryption_in_transit", j, "in_cluster"]
	f := finding.at(cluster, path, finding.format("%s replicates between brokers without TLS (in_cluster = false)", [cluster.id]))
}
