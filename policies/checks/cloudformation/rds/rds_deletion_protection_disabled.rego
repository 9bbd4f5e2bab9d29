# METADATA
# title: RDS database has no deletion protection
# description: >-
#   An AWS::RDS::DBCluster, or an AWS::RDS::DBInstance outside an Aurora
#   cluster, does not set DeletionProtection to true. Without it, one API call
#   or a stack update that replaces the resource deletes the database.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection
# custom:
#   id: EVD-CFN-009
#   severity: low
#   remediation: >-
#     Set DeletionProtection to true (and DeletionPolicy / UpdateReplacePolicy
#     to Snapshot or Retain).
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(7)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Deletion protection guards ePHI against improper destruction and supports the contingency plan.
#     gdpr: Guarding a personal-data store against accidental deletion serves the availability and resilience of processing systems.
package evident.checks.cloudformation.rds_deletion_protection_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some db in cfn.resources_of(["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])
	not cfn.given(db.properties, "DBClusterIdentifier")
	cfn.not_enabled(db.properties, "DeletionProtection")
	f := located(db)
}

located(db) := finding.at(db, ["properties", "DeletionProtection"], finding.format("%s sets DeletionProtection to false", [db.id])) if {
	cfn.is_false(db.properties.DeletionProtection)
} else := finding.of(db, finding.format("%s does not set DeletionProtection: true", [db.id]))
