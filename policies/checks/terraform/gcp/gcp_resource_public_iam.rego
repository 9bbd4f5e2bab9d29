# METADATA
# title: KMS key, secret, topic or other Google Cloud resource is open to everyone
# description: >-
#   A resource IAM grant gives a role to allUsers (anyone on the internet) or
#   allAuthenticatedUsers (any Google account, not only the organisation's) on
#   a resource that holds data or keys or runs code on data: Cloud KMS crypto
#   keys and key rings, Secret Manager secrets (global and regional), Pub/Sub
#   topics and subscriptions, Spanner instances and databases, Bigtable
#   instances and tables, Cloud Healthcare datasets and their FHIR, DICOM,
#   HL7v2 and consent stores, Dataproc clusters and jobs, Cloud Run services,
#   Cloud Functions (1st and 2nd gen), Artifact Registry repositories, and
#   Compute Engine images, machine images, disks, regional disks and
#   snapshots. The grant is a google_<resource>_iam_member, a
#   google_<resource>_iam_binding (each member of its list), or a
#   google_<resource>_iam_policy whose policy_data is literal JSON, jsonencode()
#   or a data google_iam_policy of the same module (each member of its binding
#   blocks). Depending on the role, anyone can then decrypt with the key, read
#   the secret, read or publish the messages, query the database, read the
#   health records, run jobs on the cluster, call the service, pull the images
#   or copy the disk. An invoker role (roles/run.invoker,
#   roles/run.servicesInvoker, roles/cloudfunctions.invoker) granted to
#   allUsers on a Cloud Run service or a Cloud Function is not reported: that
#   is how a public website or API is published ("allow unauthenticated
#   invocations"), and the service then authenticates its own users. The same
#   role granted to allAuthenticatedUsers is reported (it admits any Google
#   account and serves no public site), as is any other role; a role that
#   cannot be resolved on such a service or function is given the benefit of
#   the doubt. Images made readable by everyone (a Compute Engine image, an
#   Artifact Registry repository) are reported: they copy the disks and code
#   of the systems, with the data and credentials in them; suppress the
#   finding for an image that is published on purpose. Members, member lists
#   and policies that cannot be resolved are not reported, nor are bindings
#   built with a dynamic block. Cloud Storage buckets and BigQuery datasets
#   and tables are EVD-TF-151's and EVD-TF-162's.
#   Project, folder and organization grants are not read: Resource Manager does
#   not accept allUsers or allAuthenticatedUsers in a project's policy
#   (projects.setIamPolicy), and Cloud Run jobs reject them too.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/principal-identifiers
#   - ref: https://cloud.google.com/run/docs/authenticating/public
#   - ref: https://cloud.google.com/kms/docs/iam
#   - ref: https://cloud.google.com/healthcare-api/docs/access-control
#   - ref: https://cloud.google.com/resource-manager/reference/rest/v1/projects/setIamPolicy
# custom:
#   id: EVD-TF-206
#   severity: high
#   remediation: >-
#     Remove the public member; grant the role to the specific service
#     accounts, groups or users that need it. For a service that must answer
#     the public, grant allUsers the invoker role only and authenticate users
#     in the service (or put it behind Identity-Aware Proxy).
#   selector:
#     input: terraform
#     resources: [google_kms_crypto_key_iam_member, google_kms_crypto_key_iam_binding, google_kms_crypto_key_iam_policy, google_kms_key_ring_iam_member, google_kms_key_ring_iam_binding, google_kms_key_ring_iam_policy, google_secret_manager_secret_iam_member, google_secret_manager_secret_iam_binding, google_secret_manager_secret_iam_policy, google_secret_manager_regional_secret_iam_member, google_secret_manager_regional_secret_iam_binding, google_secret_manager_regional_secret_iam_policy, google_pubsub_topic_iam_member, google_pubsub_topic_iam_binding, google_pubsub_topic_iam_policy, google_pubsub_subscription_iam_member, google_pubsub_subscription_iam_binding, google_pubsub_subscription_iam_policy, google_spanner_instance_iam_member, google_spanner_instance_iam_binding, google_spanner_instance_iam_policy, google_spanner_database_iam_member, google_spanner_database_iam_binding, google_spanner_database_iam_policy, google_bigtable_instance_iam_member, google_bigtable_instance_iam_binding, google_bigtable_instance_iam_policy, google_bigtable_table_iam_member, google_bigtable_table_iam_binding, google_bigtable_table_iam_policy, google_healthcare_dataset_iam_member, google_healthcare_dataset_iam_binding, google_healthcare_dataset_iam_policy, google_healthcare_fhir_store_iam_member, google_healthcare_fhir_store_iam_binding, google_healthcare_fhir_store_iam_policy, google_healthcare_dicom_store_iam_member, google_healthcare_dicom_store_iam_binding, google_healthcare_dicom_store_iam_policy, google_healthcare_hl7_v2_store_iam_member, google_healthcare_hl7_v2_store_iam_binding, google_healthcare_hl7_v2_store_iam_policy, google_healthcare_consent_store_iam_member, google_healthcare_consent_store_iam_binding, google_healthcare_consent_store_iam_policy, google_dataproc_cluster_iam_member, google_dataproc_cluster_iam_binding, google_dataproc_cluster_iam_policy, google_dataproc_job_iam_member, google_dataproc_job_iam_binding, google_dataproc_job_iam_policy, google_cloud_run_service_iam_member, google_cloud_run_service_iam_binding, google_cloud_run_service_iam_policy, google_cloud_run_v2_service_iam_member, google_cloud_run_v2_service_iam_binding, google_cloud_run_v2_service_iam_policy, google_cloudfunctions_function_iam_member, google_cloudfunctions_function_iam_binding, google_cloudfunctions_function_iam_policy, google_cloudfunctions2_function_iam_member, google_cloudfunctions2_function_iam_binding, google_cloudfunctions2_function_iam_policy, google_artifact_registry_repository_iam_member, google_artifact_registry_repository_iam_binding, google_artifact_registry_repository_iam_policy, google_compute_image_iam_member, google_compute_image_iam_binding, google_compute_image_iam_policy, google_compute_machine_image_iam_member, google_compute_machine_image_iam_binding, google_compute_machine_image_iam_policy, google_compute_disk_iam_member, google_compute_disk_iam_binding, google_compute_disk_iam_policy, google_compute_region_disk_iam_member, google_compute_region_disk_iam_binding, google_compute_region_disk_iam_policy, google_compute_snapshot_iam_member, google_compute_snapshot_iam_binding, google_compute_snapshot_iam_policy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A public grant gives ePHI, or the keys, secrets and code that guard it, to persons who were never granted access, defeating access control and access establishment.
#     gdpr: Data protection by default forbids making personal data, or the means to reach it, accessible to an indefinite number of persons.
package evident.checks.terraform.gcp_resource_public_iam

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

# services: the resources whose IAM grants are read (type without the
# _iam_member / _iam_binding / _iam_policy suffix), with their name in messages.
services := {
	"google_kms_crypto_key": "Cloud KMS crypto key",
	"google_kms_key_ring": "Cloud KMS key ring",
	"google_secret_manager_secret": "Secret Manager secret",
	"google_secret_manager_regional_secret": "Secret Manager regional secret",
	"google_pubsub_topic": "Pub/Sub topic",
	"google_pubsub_subscription": "Pub/Sub subscription",
	"google_spanner_instance": "Spanner instance",
	"google_spanner_database": "Spanner database",
	"google_bigtable_instance": "Bigtable instance",
	"google_bigtable_table": "Bigtable table",
	"google_healthcare_dataset": "Cloud Healthcare dataset",
	"google_healthcare_fhir_store": "Cloud Healthcare FHIR store",
	"google_healthcare_dicom_store": "Cloud Healthcare DICOM store",
	"google_healthcare_hl7_v2_store": "Cloud Healthcare HL7v2 store",
	"google_healthcare_consent_store": "Cloud Healthcare consent store",
	"google_dataproc_cluster": "Dataproc cluster",
	"google_dataproc_job": "Dataproc job",
	"google_cloud_run_service": "Cloud Run service",
	"google_cloud_run_v2_service": "Cloud Run service",
	"google_cloudfunctions_function": "Cloud Function",
	"google_cloudfunctions2_function": "Cloud Function",
	"google_artifact_registry_repository": "Artifact Registry repository",
	"google_compute_image": "Compute Engine image",
	"google_compute_machine_image": "Compute Engine machine image",
	"google_compute_disk": "Compute Engine disk",
	"google_compute_region_disk": "Compute Engine regional disk",
	"google_compute_snapshot": "Compute Engine snapshot",
}

# member_types, binding_types, policy_types: the IAM grants of those
# resources, written out (not derived from services) so that the bundle
# skips the check on modules without any of them (src/checks/triggers.ts).
member_types := {
	"google_kms_crypto_key_iam_member",
	"google_kms_key_ring_iam_member",
	"google_secret_manager_secret_iam_member",
	"google_secret_manager_regional_secret_iam_member",
	"google_pubsub_topic_iam_member",
	"google_pubsub_subscription_iam_member",
	"google_spanner_instance_iam_member",
	"google_spanner_database_iam_member",
	"google_bigtable_instance_iam_member",
	"google_bigtable_table_iam_member",
	"google_healthcare_dataset_iam_member",
	"google_healthcare_fhir_store_iam_member",
	"google_healthcare_dicom_store_iam_member",
	"google_healthcare_hl7_v2_store_iam_member",
	"google_healthcare_consent_store_iam_member",
	"google_dataproc_cluster_iam_member",
	"google_dataproc_job_iam_member",
	"google_cloud_run_service_iam_member",
	"google_cloud_run_v2_service_iam_member",
	"google_cloudfunctions_function_iam_member",
	"google_cloudfunctions2_function_iam_member",
	"google_artifact_registry_repository_iam_member",
	"google_compute_image_iam_member",
	"google_compute_machine_image_iam_member",
	"google_compute_disk_iam_member",
	"google_compute_region_disk_iam_member",
	"google_compute_snapshot_iam_member",
}

binding_types := {
	"google_kms_crypto_key_iam_binding",
	"google_kms_key_ring_iam_binding",
	"google_secret_manager_secret_iam_binding",
	"google_secret_manager_regional_secret_iam_binding",
	"google_pubsub_topic_iam_binding",
	"google_pubsub_subscription_iam_binding",
	"google_spanner_instance_iam_binding",
	"google_spanner_database_iam_binding",
	"google_bigtable_instance_iam_binding",
	"google_bigtable_table_iam_binding",
	"google_healthcare_dataset_iam_binding",
	"google_healthcare_fhir_store_iam_binding",
	"google_healthcare_dicom_store_iam_binding",
	"google_healthcare_hl7_v2_store_iam_binding",
	"google_healthcare_consent_store_iam_binding",
	"google_dataproc_cluster_iam_binding",
	"google_dataproc_job_iam_binding",
	"google_cloud_run_service_iam_binding",
	"google_cloud_run_v2_service_iam_binding",
	"google_cloudfunctions_function_iam_binding",
	"google_cloudfunctions2_function_iam_binding",
	"google_artifact_registry_repository_iam_binding",
	"google_compute_image_iam_binding",
	"google_compute_machine_image_iam_binding",
	"google_compute_disk_iam_binding",
	"google_compute_region_disk_iam_binding",
	"google_compute_snapshot_iam_binding",
}

policy_types := {
	"google_kms_crypto_key_iam_policy",
	"google_kms_key_ring_iam_policy",
	"google_secret_manager_secret_iam_policy",
	"google_secret_manager_regional_secret_iam_policy",
	"google_pubsub_topic_iam_policy",
	"google_pubsub_subscription_iam_policy",
	"google_spanner_instance_iam_policy",
	"google_spanner_database_iam_policy",
	"google_bigtable_instance_iam_policy",
	"google_bigtable_table_iam_policy",
	"google_healthcare_dataset_iam_policy",
	"google_healthcare_fhir_store_iam_policy",
	"google_healthcare_dicom_store_iam_policy",
	"google_healthcare_hl7_v2_store_iam_policy",
	"google_healthcare_consent_store_iam_policy",
	"google_dataproc_cluster_iam_policy",
	"google_dataproc_job_iam_policy",
	"google_cloud_run_service_iam_policy",
	"google_cloud_run_v2_service_iam_policy",
	"google_cloudfunctions_function_iam_policy",
	"google_cloudfunctions2_function_iam_policy",
	"google_artifact_registry_repository_iam_policy",
	"google_compute_image_iam_policy",
	"google_compute_machine_image_iam_policy",
	"google_compute_disk_iam_policy",
	"google_compute_region_disk_iam_policy",
	"google_compute_snapshot_iam_policy",
}

# endpoints: the services and functions that a public website or API is
# published from by granting allUsers an invoker role.
endpoints := {"google_cloud_run_service", "google_cloud_run_v2_service", "google_cloudfunctions_function", "google_cloudfunctions2_function"}

invoker_roles := {"roles/run.invoker", "roles/run.servicesInvoker", "roles/cloudfunctions.invoker"}

# The grants of the literal types first (the triggers), then their members
# (gcp.grant_members, gcp.policy_members).
deny contains f if {
	some grant in terraform.resources_of(member_types)
	some entry in gcp.grant_members(grant)
	f := grant_finding(grant, entry)
}

deny contains f if {
	some grant in terraform.resources_of(binding_types)
	some entry in gcp.grant_members(grant)
	f := grant_finding(grant, entry)
}

deny contains f if {
	some grant in terraform.resources_of(policy_types)
	some entry in gcp.policy_members(grant)
	reported(grant.type, entry.binding, entry.member)
	f := finding.at(grant, ["config", "policy_data"], finding.format("%s grants %s on the %s to %s%s", [grant.id, gcp.role_of(entry.binding), service_name(grant.type), entry.member, gcp.policy_source_text(entry)]))
}

# grant_finding(grant, entry): the finding for a public member of a member
# grant or binding; undefined when the member is not reported.
grant_finding(grant, entry) := finding.at(grant, entry.path, finding.format("%s grants %s on the %s to %s", [grant.id, gcp.role_of(grant.config), service_name(grant.type), entry.member])) if {
	reported(grant.type, grant.config, entry.member)
}

# service_name(type): the message name of the resource an IAM grant type is on.
service_name(type) := services[substring(type, 0, indexof(type, "_iam_"))]

# reported(type, grant, member): `member` of a grant of `type` (an object
# holding the role) is public and not an exempt public invoker.
reported(type, grant, member) if {
	gcp.is_public_member(member)
	not public_endpoint(type, grant, member)
}

# public_endpoint(type, grant, member): allUsers may invoke a Cloud Run service
# or Cloud Function (the role is an invoker role, or cannot be resolved).
public_endpoint(type, grant, member) if {
	substring(type, 0, indexof(type, "_iam_")) in endpoints
	all_users(member)
	invoker_or_unresolved(grant)
}

all_users(member) if member == "allUsers"

all_users(member) if endswith(member, ":allUsers")

invoker_or_unresolved(grant) if grant.role in invoker_roles

invoker_or_unresolved(grant) if not is_string(grant.role)
