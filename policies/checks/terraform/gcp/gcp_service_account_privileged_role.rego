# METADATA
# title: GCP service account granted a basic or admin role
# description: >-
#   A project, folder or organization IAM grant (google_*_iam_member or
#   google_*_iam_binding) gives a service account a basic role (roles/owner,
#   roles/editor or roles/viewer) or an administrator role (a role whose name
#   ends in "admin", such as roles/cloudsql.admin or
#   roles/iam.serviceAccountAdmin). A service account's key or token is used by
#   code and pipelines, not by a person: whoever obtains it can change every
#   resource of the project (owner, editor), including the databases and
#   buckets that hold personal data, or read the configuration of every
#   resource and the data of services that give project viewers access
#   (viewer: BigQuery datasets are readable by project viewers by default);
#   an administrator role gives full control of its service. A workload needs
#   predefined roles on the resources it uses, not a basic role on the
#   project. The service account is recognised in a literal member
#   ("serviceAccount:…"), in a template that starts with it, or in a reference
#   to a google_service_account's member attribute; a member that cannot be
#   resolved otherwise is not reported. Grants of a whole IAM policy
#   (google_*_iam_policy) are not read. EVD-TF-200 reports the same basic
#   roles granted to people.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/best-practices-service-accounts
#   - ref: https://cloud.google.com/iam/docs/understanding-roles#basic
# custom:
#   id: EVD-TF-178
#   severity: high
#   remediation: >-
#     Grant the service account the predefined roles its workload needs
#     (roles/cloudsql.client, roles/storage.objectViewer, …) on the narrowest
#     resource; keep basic and admin roles for people, through groups.
#   selector:
#     input: terraform
#     resources: [google_project_iam_member, google_project_iam_binding, google_folder_iam_member, google_folder_iam_binding, google_organization_iam_member, google_organization_iam_binding]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)", "164.312(a)(1)"]
#     gdpr: ["Art.25(1)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be granted according to role; a basic or admin role gives a workload's credentials access to everything.
#     gdpr: Least privilege is part of data protection by design and of the confidentiality of processing.
package evident.checks.terraform.gcp_service_account_privileged_role

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.values

deny contains f if {
	some entry in gcp.hierarchy_members
	privileged(entry.grant.config.role)
	label := service_account(entry.member)
	f := finding.at(entry.grant, gcp.member_location(entry), finding.format("%s grants %s to the service account %s", [entry.grant.id, entry.grant.config.role, label]))
}

# privileged(role): a basic role (owner and editor change the project, viewer
# reads all of it), or an administrator role.
privileged(role) if role in {"roles/owner", "roles/editor", "roles/viewer"}

privileged(role) if {
	is_string(role)
	endswith(lower(role), "admin")
}

# service_account(member): the member's text when it names a service account, else undefined.
service_account(member) := text if {
	text := gcp.member_text(member)
	startswith(text, "serviceAccount:")
}

# The member attribute of a google_service_account ("serviceAccount:<email>")
# by reference: the label is the reference.
service_account(member) := ref if {
	values.is_unknown(member)
	ref := member.refs[0]
	count(member.refs) == 1
	startswith(ref, "google_service_account.")
	endswith(ref, ".member")
	member.__unknown__ == ref
}
