# METADATA
# title: GCP basic role granted to people
# description: >-
#   A project, folder or organization IAM grant (google_*_iam_member or
#   google_*_iam_binding) gives a user, a group or a whole domain one of the
#   basic roles: roles/owner, roles/editor or roles/viewer. Basic roles predate
#   IAM's predefined roles and span every service: an editor can read and
#   change every database, bucket and dataset of the project, a viewer can read
#   most of them. Access to personal and health data is then granted by
#   membership of the project, not by job function, and cannot be reviewed per
#   data store. The member is recognised as a literal ("user:…", "group:…",
#   "domain:…") or a template that starts with one; a member that cannot be
#   resolved otherwise is not reported. Service accounts are EVD-TF-178's.
#   Grants of a whole IAM policy (google_*_iam_policy) are not read.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/roles-overview#basic
#   - ref: https://cloud.google.com/iam/docs/using-iam-securely
# custom:
#   id: EVD-TF-200
#   severity: medium
#   remediation: >-
#     Grant groups the predefined roles each job needs (roles/cloudsql.viewer,
#     roles/bigquery.dataViewer, …) on the narrowest resource instead of basic
#     roles on the project, folder or organization.
#   selector:
#     input: terraform
#     resources: [google_project_iam_member, google_project_iam_binding, google_folder_iam_member, google_folder_iam_binding, google_organization_iam_member, google_organization_iam_binding]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be authorized per role and workforce function; a basic role grants access to every store in the project at once.
#     gdpr: By default only the personal data needed for each purpose should be accessible; project-wide basic roles open all of it.
package evident.checks.terraform.gcp_basic_role_granted_to_people

import data.evident.lib.finding
import data.evident.lib.gcp

basic_roles := {"roles/owner", "roles/editor", "roles/viewer"}

deny contains f if {
	some entry in gcp.hierarchy_members
	role := entry.grant.config.role
	role in basic_roles
	label := person(entry.member)
	f := finding.at(entry.grant, gcp.member_location(entry), finding.format("%s grants the basic role %s to %s", [entry.grant.id, role, label]))
}

people_prefixes := ["user:", "group:", "domain:"]

# person(member): the member's text when it names a user, a group or a domain, else undefined.
person(member) := text if {
	text := gcp.member_text(member)
	some prefix in people_prefixes
	startswith(text, prefix)
}
