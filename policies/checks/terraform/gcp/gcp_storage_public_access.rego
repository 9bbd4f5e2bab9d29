# METADATA
# title: Cloud Storage bucket or object is readable by everyone
# description: >-
#   A google_storage_bucket_iam_member or google_storage_bucket_iam_binding
#   grants a role to allUsers or allAuthenticatedUsers (any Google account), a
#   google_storage_bucket_iam_policy has a binding for one of them (its
#   policy_data written as literal JSON, jsonencode() or a data
#   google_iam_policy of the same module, as EVD-TF-206 reads it), or a bucket
#   ACL, default object ACL or object ACL (google_storage_bucket_acl,
#   google_storage_default_object_access_control,
#   google_storage_object_access_control) names one of them. Everyone on the
#   internet can then read — and with a write role change — the data. Members,
#   member lists and policies that cannot be resolved are not reported, nor
#   are policy bindings built with a dynamic block.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/access-control/making-data-public
#   - ref: https://cloud.google.com/storage/docs/public-access-prevention
# custom:
#   id: EVD-TF-151
#   severity: critical
#   remediation: >-
#     Remove the public member; grant roles to specific users, groups or
#     service accounts, share single objects with signed URLs, and set
#     public_access_prevention = "enforced" on buckets that hold personal data.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket_iam_member, google_storage_bucket_iam_binding, google_storage_bucket_iam_policy, google_storage_bucket_acl, google_storage_default_object_access_control, google_storage_object_access_control]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A public grant gives ePHI to persons who were never granted access, defeating access control and access establishment.
#     gdpr: Data protection by default forbids making personal data accessible to an indefinite number of persons.
package evident.checks.terraform.gcp_storage_public_access

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform

deny contains f if {
	some grant in terraform.resources_of({"google_storage_bucket_iam_member", "google_storage_bucket_iam_binding"})
	some entry in gcp.grant_members(grant)
	gcp.is_public_member(entry.member)
	f := finding.at(grant, entry.path, finding.format("%s grants %s to %s", [grant.id, gcp.role_of(grant.config), entry.member]))
}

deny contains f if {
	some grant in terraform.resources("google_storage_bucket_iam_policy")
	some entry in gcp.policy_members(grant)
	gcp.is_public_member(entry.member)
	f := finding.at(grant, ["config", "policy_data"], finding.format("%s grants %s to %s%s", [grant.id, gcp.role_of(entry.binding), entry.member, gcp.policy_source_text(entry)]))
}

deny contains f if {
	some acl in terraform.resources("google_storage_bucket_acl")
	is_array(acl.config.role_entity)
	some i, entry in acl.config.role_entity
	is_string(entry)
	gcp.is_public_member(split(entry, ":")[1])
	f := finding.at(acl, ["config", "role_entity", i], finding.format("%s gives %s", [acl.id, entry]))
}

deny contains f if {
	some type in ["google_storage_default_object_access_control", "google_storage_object_access_control"]
	some control in terraform.resources(type)
	gcp.is_public_member(control.config.entity)
	f := finding.at(control, ["config", "entity"], finding.format("%s gives %s to %s", [control.id, object.get(control.config, "role", "access"), control.config.entity]))
}
