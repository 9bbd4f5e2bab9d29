# METADATA
# title: Google Cloud database can be deleted by Terraform
# description: >-
#   A google_sql_database_instance, google_spanner_database,
#   google_bigtable_instance or google_bigquery_table sets deletion_protection
#   = false. A terraform destroy, a renamed resource or a change that forces
#   replacement then deletes it with its data: a Cloud SQL instance with every
#   automated backup (Cloud SQL removes them together with the instance), a
#   Bigtable instance with its tables and their backups, a Spanner database
#   with its records, a BigQuery table with its rows (recoverable only within
#   the dataset's time-travel window). The provider default is true for all
#   four; only the explicit false is reported.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection
#   - ref: https://cloud.google.com/sql/docs/postgres/deletion-protection
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_database#deletion_protection
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigtable_instance#deletion_protection
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_table#deletion_protection
# custom:
#   id: EVD-TF-158
#   severity: low
#   remediation: >-
#     Remove deletion_protection = false (or set it to true) for databases and
#     tables that hold personal data; also set settings.deletion_protection_enabled
#     = true on Cloud SQL and enable_drop_protection = true on Spanner to guard
#     against deletion outside Terraform.
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance, google_spanner_database, google_bigtable_instance, google_bigquery_table]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.32(1)(c)"]
#   rationale:
#     hipaa: Protection against accidental deletion guards ePHI from improper destruction and keeps its backups retrievable.
#     gdpr: Guarding personal-data stores against accidental destruction serves their availability and resilience.
package evident.checks.terraform.gcp_sql_deletion_protection_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# What Terraform deletes with each type of store.
consequence := {
	"google_sql_database_instance": "Terraform can delete the instance and its backups",
	"google_spanner_database": "Terraform can drop the database and its records",
	"google_bigtable_instance": "Terraform can delete the instance, its tables and their backups",
	"google_bigquery_table": "Terraform can delete the table and its rows",
}

deny contains f if {
	some type, effect in consequence
	some store in terraform.resources(type)
	values.false_value(store.config.deletion_protection)
	f := finding.at(store, ["config", "deletion_protection"], finding.format("%s sets deletion_protection = false: %s", [store.id, effect]))
}
