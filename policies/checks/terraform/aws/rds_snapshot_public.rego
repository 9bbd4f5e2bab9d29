# METADATA
# title: RDS snapshot is shared publicly
# description: >-
#   An aws_db_snapshot or aws_db_cluster_snapshot lists "all" in
#   shared_accounts, which makes the snapshot restorable by every AWS account:
#   anyone can restore a full copy of the database.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html
# custom:
#   id: EVD-TF-036
#   severity: critical
#   remediation: >-
#     Remove "all" from shared_accounts and share only with named account ids
#     (encrypted snapshots also need the KMS key shared).
#   selector:
#     input: terraform
#     resources: [aws_db_snapshot, aws_db_cluster_snapshot]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A public snapshot gives every AWS account a copy of the ePHI in the database.
#     gdpr: A public copy of a database discloses the personal data in it to anyone.
package evident.checks.terraform.rds_snapshot_public

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some snapshot in terraform.resources_of({"aws_db_snapshot", "aws_db_cluster_snapshot"})
	some i, account in snapshot.config.shared_accounts
	account == "all"
	f := finding.at(snapshot, ["config", "shared_accounts", i], finding.format("%s is shared with all AWS accounts (shared_accounts contains \"all\")", [snapshot.id]))
}
