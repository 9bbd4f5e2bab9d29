# METADATA
# title: GCP role granted to a default service account on a project, folder or organization
# description: >-
#   A project, folder or organization IAM grant (google_*_iam_member,
#   google_*_iam_binding, or a binding of a google_*_iam_policy) gives a role to
#   the Compute Engine default service account (<number>-compute@developer.gserviceaccount.com)
#   or the App Engine default service account (<project>@appspot.gserviceaccount.com),
#   written out or taken from the google_compute_default_service_account or
#   google_app_engine_default_service_account data source. Every VM, instance
#   template, GKE node pool, Dataflow job and first-generation Cloud Function
#   that nobody gave an account of its own runs as that account, so the role
#   reaches all of them, present and future, and whoever compromises any one
#   of them. Not reported: the roles Google lists for a minimal node or VM
#   account (logging.logWriter, monitoring.metricWriter, monitoring.viewer,
#   stackdriver.resourceMetadata.writer, autoscaling.metricsWriter,
#   artifactregistry.reader), grants with an IAM condition, unknown roles, and
#   grants on one resource (a bucket, a dataset).
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
#   - ref: https://cloud.google.com/iam/docs/best-practices-service-accounts#default-service-accounts
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa
# custom:
#   id: EVD-TF-261
#   severity: medium
#   remediation: >-
#     Create a service account for the workload (google_service_account), grant
#     the role to it, and run the VMs, node pools or functions as that account;
#     leave the default accounts without grants (or disable them).
#   selector:
#     input: terraform
#     resources: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   controls:
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(ii)(A)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: Access to ePHI must be authorized per workload; a role on the default account is granted to every workload that never got an account of its own.
#     gdpr: Access limited to what each workload needs is data protection by default and part of the confidentiality of processing.
package evident.checks.terraform.gcp_default_service_account_granted

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some entry in gcp.hierarchy_members
	grant := entry.grant
	role := grant.config.role
	granted(role)
	not gcp.conditional(grant.config)
	account := default_account(entry.member)
	f := finding.at(grant, gcp.member_location(entry), message(grant, role, account, entry.member, ""))
}

deny contains f if {
	some grant in terraform.resources_of(policy_types)
	some entry in gcp.policy_members(grant)
	role := entry.binding.role
	granted(role)
	not gcp.conditional(entry.binding)
	account := default_account(entry.member)
	f := finding.at(grant, ["config", "policy_data"], message(grant, role, account, entry.member, gcp.policy_source_text(entry)))
}

policy_types := {"google_project_iam_policy", "google_folder_iam_policy", "google_organization_iam_policy"}

message(grant, role, account, member, source) := finding.format("%s grants %s on the %s to %s (%s%s): every workload left on that account gets it", [grant.id, role, gcp.hierarchy_level(grant.type), account, gcp.member_text(member), source])

# granted(role): a known role beyond those of a minimal node or VM account.
granted(role) if {
	is_string(role)
	not role in minimal_roles
}

minimal_roles := {
	"roles/logging.logWriter",
	"roles/monitoring.metricWriter",
	"roles/monitoring.viewer",
	"roles/stackdriver.resourceMetadata.writer",
	"roles/autoscaling.metricsWriter",
	"roles/artifactregistry.reader",
}

# default_account(m): which default service account a member names, written
# out or through the data source that looks it up.
default_account(m) := "the Compute Engine default service account" if {
	gcp.compute_default_account(gcp.member_text(m))
} else := "the App Engine default service account" if {
	gcp.app_engine_default_account(gcp.member_text(m))
} else := "the Compute Engine default service account" if {
	some ref in values.refs(m)
	startswith(ref, "data.google_compute_default_service_account.")
} else := "the App Engine default service account" if {
	some ref in values.refs(m)
	startswith(ref, "data.google_app_engine_default_service_account.")
}
