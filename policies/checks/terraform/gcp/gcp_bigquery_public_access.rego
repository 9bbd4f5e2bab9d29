# METADATA
# title: BigQuery dataset or table is readable by everyone
# description: >-
#   A google_bigquery_dataset access block grants a role to the special group
#   allAuthenticatedUsers (or an iam_member allUsers/allAuthenticatedUsers), or a
#   google_bigquery_dataset_iam_member/_binding or
#   google_bigquery_table_iam_member/_binding grants a role to allUsers or
#   allAuthenticatedUsers, or a google_bigquery_dataset_iam_policy or
#   google_bigquery_table_iam_policy has a binding for one of them (its
#   policy_data written as literal JSON, jsonencode() or a data
#   google_iam_policy of the same module, as EVD-TF-206 reads it). Every row
#   of the dataset or table — often an analytics copy of the whole patient or
#   customer base — is then readable by anyone with a Google account or by
#   anyone at all. Members, member lists and policies that cannot be resolved
#   are not reported, nor are policy bindings built with a dynamic block.
# related_resources:
#   - ref: https://cloud.google.com/bigquery/docs/control-access-to-resources-iam
# custom:
#   id: EVD-TF-162
#   severity: critical
#   remediation: >-
#     Remove the public grant; grant roles/bigquery.dataViewer to specific groups
#     or service accounts, and use authorized views to share subsets.
#   selector:
#     input: terraform
#     resources: [google_bigquery_dataset, google_bigquery_dataset_access, google_bigquery_dataset_iam_member, google_bigquery_dataset_iam_binding, google_bigquery_table_iam_member, google_bigquery_table_iam_binding, google_bigquery_dataset_iam_policy, google_bigquery_table_iam_policy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A public grant gives ePHI to persons who were never granted access, defeating access control and access establishment.
#     gdpr: Data protection by default forbids making personal data accessible to an indefinite number of persons.
package evident.checks.terraform.gcp_bigquery_public_access

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some dataset in terraform.resources("google_bigquery_dataset")
	some i, access in terraform.blocks(dataset.config, "access")
	some attr in ["special_group", "iam_member"]
	gcp.is_public_member(access[attr])
	f := finding.at(dataset, ["config", "access", i, attr], finding.format("%s grants %s to %s", [dataset.id, gcp.role_of(access), access[attr]]))
}

deny contains f if {
	some access in terraform.resources("google_bigquery_dataset_access")
	some attr in ["special_group", "iam_member"]
	gcp.is_public_member(access.config[attr])
	f := finding.at(access, ["config", attr], finding.format("%s grants %s to %s", [access.id, gcp.role_of(access.config), access.config[attr]]))
}

deny contains f if {
	some grant in terraform.resources_of({
		"google_bigquery_dataset_iam_member", "google_bigquery_table_iam_member",
		"google_bigquery_dataset_iam_binding", "google_bigquery_table_iam_binding",
	})
	some entry in gcp.grant_members(grant)
	gcp.is_public_member(entry.member)
	f := finding.at(grant, entry.path, finding.format("%s grants %s to %s", [grant.id, gcp.role_of(grant.config), entry.member]))
}

deny contains f if {
	some grant in terraform.resources_of({"google_bigquery_dataset_iam_policy", "google_bigquery_table_iam_policy"})
	some entry in gcp.policy_members(grant)
	gcp.is_public_member(entry.member)
	f := finding.at(grant, ["config", "policy_data"], finding.format("%s grants %s to %s%s", [grant.id, gcp.role_of(entry.binding), entry.member, gcp.policy_source_text(entry)]))
}
