# METADATA
# title: RDS deletion protection is off
# description: >-
#   An aws_db_instance or aws_rds_cluster does not set deletion_protection =
#   true (the default is false). A mistaken terraform destroy, a replacement
#   forced by a changed argument, or a compromised credential can then delete
#   the database, and with skip_final_snapshot its last backup too.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection
# custom:
#   id: EVD-TF-053
#   severity: medium
#   remediation: >-
#     Set deletion_protection = true on production databases (and keep
#     skip_final_snapshot = false).
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster]
#   controls:
#     hipaa: ["164.308(a)(7)(i)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Guarding the database against deletion protects ePHI from improper destruction and supports the contingency plan.
#     gdpr: Protection against accidental deletion supports the availability and resilience of processing.
package evident.checks.terraform.rds_deletion_protection_disabled

import data.evident.lib.terraform

deny contains f if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some db in terraform.resources(type)
	f := terraform.off(
		db, "deletion_protection",
		"%s does not set deletion_protection = true",
		"%s sets deletion_protection = false",
	)
}
