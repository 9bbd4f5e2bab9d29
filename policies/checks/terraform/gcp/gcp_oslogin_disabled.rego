# METADATA
# title: Compute Engine OS Login turned off
# description: >-
#   The metadata of a google_compute_instance or
#   google_compute_instance_template sets enable-oslogin to false ("FALSE",
#   false in any case, or "0"), or project-wide metadata does
#   (google_compute_project_metadata, or a google_compute_project_metadata_item
#   whose key is enable-oslogin). SSH access to those machines is then granted
#   by keys pasted into instance or project metadata instead of by IAM: logins
#   are not tied to a person's identity, a leaver's key stays until someone
#   finds and deletes it, and two-step verification cannot be required. Not
#   reported: metadata or values that cannot be resolved, true, and metadata
#   that leaves the key out (the project or organisation setting applies).
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/oslogin
#   - ref: https://cloud.google.com/compute/docs/oslogin/set-up-oslogin
# custom:
#   id: EVD-TF-245
#   severity: medium
#   remediation: >-
#     Remove enable-oslogin = "FALSE" (or set it to "TRUE"), enable OS Login in
#     the project metadata, grant roles/compute.osLogin to the people who need
#     it, and enforce constraints/compute.requireOsLogin.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_project_metadata, google_compute_project_metadata_item]
#   controls:
#     hipaa: ["164.312(a)(2)(i)", "164.312(d)", "164.308(a)(3)(ii)(C)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: OS Login ties each login to a unique, centrally revocable identity, as unique user identification and termination procedures require.
#     gdpr: Identity-bound, revocable access to the machines processing personal data protects their confidentiality.
package evident.checks.terraform.gcp_oslogin_disabled

import data.evident.lib.finding
import data.evident.lib.gcp

deny contains f if {
	some [r, path, value, project] in gcp.metadata_settings("enable-oslogin")
	gcp.metadata_off(value)
	f := finding.at(r, path, finding.format(messages[project], [r.id]))
}

messages := {
	false: "%s turns OS Login off (metadata enable-oslogin): SSH keys in metadata, not IAM identities, grant access",
	true: "%s turns OS Login off for the project (enable-oslogin): SSH keys in metadata, not IAM identities, grant access",
}
