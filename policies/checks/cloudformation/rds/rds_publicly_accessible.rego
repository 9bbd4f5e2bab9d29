# METADATA
# title: RDS instance is publicly accessible
# description: >-
#   An AWS::RDS::DBInstance sets PubliclyAccessible to true: the instance gets
#   a public DNS name and address, so only its security groups stand between
#   the database and the internet.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: EVD-CFN-007
#   severity: critical
#   remediation: >-
#     Set PubliclyAccessible to false, place the instance in private subnets and
#     reach it through the application tier, a bastion or a VPN.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A database holding ePHI reachable from the internet defeats access control and transmission security.
#     gdpr: Exposing a personal-data store to the internet is the opposite of data protection by default and of ongoing confidentiality.
package evident.checks.cloudformation.rds_publicly_accessible

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some db in cfn.resources("AWS::RDS::DBInstance")
	cfn.is_true(db.properties.PubliclyAccessible)
	f := finding.at(db, ["properties", "PubliclyAccessible"], finding.format("%s sets PubliclyAccessible to true", [db.id]))
}
