# METADATA
# title: DynamoDB point-in-time recovery is off
# description: >-
#   An aws_dynamodb_table has no point_in_time_recovery block with
#   enabled = true. Without it a table can only be restored from on-demand
#   backups, and a bad write or deletion of records cannot be undone to the
#   second.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
# custom:
#   id: EVD-TF-052
#   severity: medium
#   remediation: >-
#     Add point_in_time_recovery { enabled = true }.
#   selector:
#     input: terraform
#     resources: [aws_dynamodb_table]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: Point-in-time recovery is a data backup plan and supports disaster recovery for ePHI tables.
#     gdpr: Art. 32(1)(c) asks for the ability to restore availability and access to personal data in a timely manner.
package evident.checks.terraform.dynamodb_pitr_disabled

import data.evident.lib.terraform

deny contains f if {
	some table in terraform.resources("aws_dynamodb_table")
	f := terraform.block_off(
		table, "point_in_time_recovery", "enabled",
		"%s does not enable point_in_time_recovery",
		"%s sets point_in_time_recovery enabled = false",
	)
}
