# METADATA
# title: GCP member can act as every service account of a project, folder or organization
# description: >-
#   A project, folder or organization IAM grant (google_*_iam_member,
#   google_*_iam_binding, or a binding of a google_*_iam_policy) gives a role
#   that acts as service accounts: Service Account User (runs code as them),
#   Service Account Token Creator and OpenID Token Creator (mints their access
#   and ID tokens), Workload Identity User (workloads take them on), or
#   Service Account Key Admin (creates keys for them). Granted on the project,
#   folder or organization instead of on one service account, the role covers
#   every service account below it, present and future, including those with
#   access to the databases, buckets and FHIR stores that hold personal data
#   and those with administrator roles: whoever holds it can take on any of
#   their privileges. Grants with an IAM condition (which may narrow them to
#   some service accounts) and roles or policies that cannot be resolved are
#   not reported; the member or the member list may be unknown (the role is
#   the problem), but a binding without members grants nothing. Grants
#   on one service account (google_service_account_iam_*) are the remedy.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/service-account-permissions
#   - ref: https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants
# custom:
#   id: EVD-TF-248
#   severity: high
#   remediation: >-
#     Grant the role on the service accounts the member needs
#     (google_service_account_iam_member with service_account_id) instead of on
#     the project, folder or organization, or add an IAM condition that names
#     them.
#   selector:
#     input: terraform
#     resources: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be authorized per role; a role over every service account hands its holder the access of all of them.
#     gdpr: Access limited to what each person or workload needs is data protection by default and part of the confidentiality of processing.
package evident.checks.terraform.gcp_service_account_impersonation_broad

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

# Roles that act as a service account, by what they allow.
impersonation_roles := {
	"roles/iam.serviceAccountUser": "run code as",
	"roles/iam.serviceAccountTokenCreator": "mint tokens of",
	"roles/iam.serviceAccountOpenIdTokenCreator": "mint ID tokens of",
	"roles/iam.workloadIdentityUser": "take on",
	"roles/iam.serviceAccountKeyAdmin": "create keys for",
}

binding_types := {"google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding"}

policy_types := {"google_project_iam_policy", "google_folder_iam_policy", "google_organization_iam_policy"}

deny contains f if {
	some entry in gcp.hierarchy_members
	grant := entry.grant
	impersonation_roles[grant.config.role]
	not gcp.conditional(grant.config)
	f := finding.at(grant, gcp.member_location(entry), message(grant, entry.member, grant.config.role, ""))
}

# A binding whose member list is not known here: the role is still granted on the
# whole project, folder or organization, to whoever the list names.
deny contains f if {
	some grant in terraform.resources_of(binding_types)
	values.is_unknown(grant.config.members)
	impersonation_roles[grant.config.role]
	not gcp.conditional(grant.config)
	f := finding.at(grant, ["config", "role"], message(grant, grant.config.members, grant.config.role, ""))
}

deny contains f if {
	some grant in terraform.resources_of(policy_types)
	some entry in gcp.policy_members(grant)
	impersonation_roles[entry.binding.role]
	not gcp.conditional(entry.binding)
	f := finding.at(grant, ["config", "policy_data"], message(grant, entry.member, entry.binding.role, gcp.policy_source_text(entry)))
}

# message(grant, who, role, source): the finding's text; who is a member, or a
# member list that is not known, written as it is in the code.
message(grant, who, role, source) := finding.format("%s lets %s %s every service account of the %s (%s%s)", [grant.id, member_label(who), impersonation_roles[role], gcp.hierarchy_level(grant.type), role, source])

# member_label(m): the member (or member list) as written, an unknown's expression, for messages.
member_label(m) := text if {
	text := gcp.member_text(m)
}

else := "a member"
