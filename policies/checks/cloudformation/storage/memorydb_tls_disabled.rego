# METADATA
# title: MemoryDB cluster turns in-transit encryption off
# description: >-
#   An AWS::MemoryDB::Cluster or an AWS::MemoryDB::MultiRegionCluster sets
#   TLSEnabled to false (or "false"), so clients and replicas exchange the
#   records held in the database (often session data and personal records)
#   in clear text inside the VPC. A multi-Region cluster decides this for
#   every regional cluster that joins it, in each of its Regions (MemoryDB
#   gives them all the same TLS setting). A cluster without TLS must use the
#   open-access ACL (ACLName open-access), so it also takes connections
#   without authentication. Only an explicit false is reported: MemoryDB
#   enables in-transit encryption when TLSEnabled is not given (the
#   Terraform provider documents the same default, true, for both
#   resources), so a cluster that leaves it out is encrypted in transit. Not
#   reported: a TLSEnabled value that is not known statically (a parameter
#   without default, an Fn::If on a condition).
# related_resources:
#   - ref: https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html
#   - ref: https://docs.aws.amazon.com/memorydb/latest/devguide/multi-region.prereq.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-memorydb-cluster.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-memorydb-multiregioncluster.html
# custom:
#   id: EVD-CFN-085
#   severity: high
#   remediation: >-
#     Remove TLSEnabled: false (or set it to true) and give the cluster an ACL
#     with users instead of open-access; TLSEnabled cannot be changed on a
#     running cluster or multi-Region cluster (the update replaces it), so
#     migrate the data from a snapshot and connect clients with TLS.
#   selector:
#     input: cloudformation
#     resources: [AWS::MemoryDB::Cluster, AWS::MemoryDB::MultiRegionCluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI sent between the application and the database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.memorydb_tls_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some cluster in cfn.resources_of(["AWS::MemoryDB::Cluster", "AWS::MemoryDB::MultiRegionCluster"])
	cfn.is_false(cluster.properties.TLSEnabled)
	f := finding.at(cluster, ["properties", "TLSEnabled"], finding.format("%s sets TLSEnabled to false: MemoryDB clients connect without TLS", [cluster.id]))
}
