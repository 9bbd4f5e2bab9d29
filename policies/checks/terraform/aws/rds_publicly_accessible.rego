# METADATA
# title: RDS database is publicly accessible
# description: >-
#   An aws_db_instance or aws_rds_cluster_instance sets publicly_accessible = true,
#   which gives the database a public DNS name and IP address so that, with a
#   permissive security group, anyone on the internet can reach its port.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: EVD-TF-003
#   severity: critical
#   remediation: >-
#     Set publicly_accessible = false, place the database in private subnets,
#     and reach it from the application tier or through a bastion/VPN.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A database holding ePHI that is reachable from the internet defeats access control and exposes the data in transit to unauthorised parties.
#     gdpr: Exposing the database to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.terraform.rds_publicly_accessible

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster_instance"]
	some db in terraform.resources(type)
	values.is_true(db.config, "publicly_accessible")
	f := finding.at(db, ["config", "publicly_accessible"], finding.format("%s is publicly accessible from the internet", [db.id]))
}
