# METADATA
# title: RDS automatic minor version upgrades are turned off
# description: >-
#   An AWS::RDS::DBInstance or AWS::RDS::DBCluster (a Multi-AZ DB cluster
#   takes the setting on the cluster) sets AutoMinorVersionUpgrade to false
#   (or "false"). RDS then no longer applies the engine's minor versions, which
#   carry its security fixes, in the maintenance window: known
#   vulnerabilities stay on the database until someone upgrades it by hand.
#   The default is true, so an absent property is not reported, nor is an
#   unknown value (a parameter without default, an undecided Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-autominorversionupgrade
# custom:
#   id: EVD-CFN-096
#   severity: low
#   remediation: >-
#     Remove AutoMinorVersionUpgrade: false (the default is true) or set it to
#     true, and keep a PreferredMaintenanceWindow for the upgrades.
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBCluster, AWS::RDS::DBInstance]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Applying the engine's security patches is part of protecting the systems that hold ePHI from malicious software.
#     gdpr: Keeping the database patched protects the ongoing confidentiality and integrity of processing systems.
package evident.checks.cloudformation.rds_auto_minor_upgrade_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some db in cfn.resources_of(["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"])
	cfn.is_false(db.properties.AutoMinorVersionUpgrade)
	f := finding.at(db, ["properties", "AutoMinorVersionUpgrade"], finding.format("%s sets AutoMinorVersionUpgrade to false: engine security patches are not applied", [db.id]))
}
