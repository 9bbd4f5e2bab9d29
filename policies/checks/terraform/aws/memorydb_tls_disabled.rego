# METADATA
# title: MemoryDB cluster turns in-transit encryption off
# description: >-
#   An aws_memorydb_cluster or an aws_memorydb_multi_region_cluster sets
#   tls_enabled = false, so clients and replicas exchange the records held in
#   the database (often session data and personal records) in clear text
#   inside the VPC. A multi-Region cluster decides this for every regional
#   cluster that joins it, in each of its Regions (MemoryDB gives them all
#   the same TLS setting). A cluster without TLS must use the open-access
#   ACL (the provider documents that acl_name must be open-access when
#   tls_enabled is false), so it also takes connections without
#   authentication. Only an explicit false (or "false") is reported:
#   tls_enabled defaults to true on both resources (provider documentation),
#   and a cluster that leaves it unset is encrypted in transit. Not
#   reported: a tls_enabled value that is not known statically.
# related_resources:
#   - ref: https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html
#   - ref: https://docs.aws.amazon.com/memorydb/latest/devguide/multi-region.prereq.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/memorydb_cluster#tls_enabled
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/memorydb_multi_region_cluster#tls_enabled
# custom:
#   id: EVD-TF-212
#   severity: high
#   remediation: >-
#     Remove tls_enabled = false (or set it to true) and give the cluster an
#     ACL with users instead of open-access; tls_enabled cannot be changed on
#     a running cluster or multi-Region cluster, so Terraform replaces it:
#     migrate the data from a snapshot and connect clients with TLS.
#   selector:
#     input: terraform
#     resources: [aws_memorydb_cluster, aws_memorydb_multi_region_cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent between the application and the database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.memorydb_tls_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in terraform.resources_of(["aws_memorydb_cluster", "aws_memorydb_multi_region_cluster"])
	values.false_value(cluster.config.tls_enabled)
	f := finding.at(cluster, ["config", "tls_enabled"], finding.format("%s sets tls_enabled = false: MemoryDB clients connect without TLS", [cluster.id]))
}
