# METADATA
# title: Cloud SQL instance can be deleted by Terraform
# description: >-
#   A google_sql_database_instance sets deletion_protection = false. A terraform
#   destroy, a renamed resource or a change that forces replacement then
#   deletes the instance — and with it every automated backup, which Cloud SQL
#   removes together with the instance. The provider default is true; only the
#   explicit false is reported.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection
#   - ref: https://cloud.google.com/sql/docs/postgres/deletion-protection
# custom:
#   id: EVD-TF-158
#   severity: low
#   remediation: >-
#     Remove deletion_protection = false (or set it to true) for instances that
#     hold personal data, and also set settings.deletion_protection_enabled = true
#     to guard against deletion outside Terraform.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Protection against accidental deletion guards ePHI from improper destruction and keeps its backups retrievable.
#     gdpr: Guarding personal-data stores against accidental destruction serves their availability and resilience.
package evident.checks.terraform.gcp_sql_deletion_protection_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some instance in terraform.resources("google_sql_database_instance")
	instance.config.deletion_protection == false
	f := finding.at(instance, ["config", "deletion_protection"], finding.format("%s sets deletion_protection = false: Terraform can delete the instance and its backups", [instance.id]))
}
