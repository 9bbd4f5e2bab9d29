# METADATA
# title: RDS automatic minor version upgrades are turned off
# description: >-
#   An aws_db_instance, aws_rds_cluster_instance or aws_rds_cluster (a Multi-AZ
#   DB cluster takes the setting on the cluster) sets
#   auto_minor_version_upgrade = false. RDS then no longer applies the engine's
#   minor versions, which carry its security fixes, in the maintenance window:
#   known vulnerabilities stay on the database until someone upgrades it by
#   hand. The provider's default is true, so an absent argument is not
#   reported, nor is an unknown value.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades
# custom:
#   id: EVD-TF-233
#   severity: low
#   remediation: >-
#     Remove auto_minor_version_upgrade = false (the default is true) or set it
#     to true, and keep a preferred_maintenance_window for the upgrades.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster, aws_rds_cluster_instance]
#   controls:
#     hipaa: ["164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Applying the engine's security patches is part of protecting the systems that hold ePHI from malicious software.
#     gdpr: Keeping the database patched protects the ongoing confidentiality and integrity of processing systems.
package evident.checks.terraform.rds_auto_minor_upgrade_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance"]
	some db in terraform.resources(type)
	values.false_value(db.config.auto_minor_version_upgrade)
	f := finding.at(db, ["config", "auto_minor_version_upgrade"], finding.format("%s sets auto_minor_version_upgrade = false: engine security patches are not applied", [db.id]))
}
