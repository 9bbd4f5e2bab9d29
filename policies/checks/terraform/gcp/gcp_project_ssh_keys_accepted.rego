# METADATA
# title: Compute Engine instance accepts project-wide SSH keys
# description: >-
#   A google_compute_instance or google_compute_instance_template without OS
#   Login either sets metadata block-project-ssh-keys to false, or leaves it out
#   while this module writes SSH keys into project-wide metadata
#   (google_compute_project_metadata, or a google_compute_project_metadata_item
#   of key ssh-keys or sshKeys). Every key in the project's metadata then logs
#   in to the machine: one key opens every instance of the project, whoever
#   holds it is not identified per machine, and removing a person means editing
#   the project's metadata. With OS Login (enable-oslogin on the instance, or
#   on the project in this module and not turned off by the instance) metadata
#   keys are ignored, so those instances are not reported. Metadata or values
#   that cannot be resolved are not reported, nor is an instance that leaves
#   the key out when this module writes no project-wide keys (the project may
#   have none).
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys
#   - ref: https://cloud.google.com/compute/docs/connect/add-ssh-keys#metadata
# custom:
#   id: EVD-TF-250
#   severity: medium
#   remediation: >-
#     Enable OS Login (enable-oslogin = "TRUE" in the project's metadata) and
#     remove the project-wide ssh-keys, or set block-project-ssh-keys = "TRUE"
#     in the metadata of instances that must use keys of their own.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_project_metadata, google_compute_project_metadata_item]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(a)(2)(i)", "164.308(a)(4)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A key that opens every machine of the project grants access to ePHI systems beyond what each person was authorized for, and is not tied to a unique user.
#     gdpr: Access to the machines processing personal data should be granted per machine and per person, and be revocable.
package evident.checks.terraform.gcp_project_ssh_keys_accepted

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

instance_types := {"google_compute_instance", "google_compute_instance_template"}

# An instance that opts out of blocking project keys.
deny contains f if {
	some [r, path, value, _] in gcp.metadata_settings("block-project-ssh-keys")
	r.type in instance_types
	gcp.metadata_off(value)
	not os_login_may_be_on(r)
	f := finding.at(r, path, finding.format("%s accepts project-wide SSH keys (block-project-ssh-keys = %s): any key in the project's metadata logs in to it", [r.id, finding.value_text(value)]))
}

# An instance that does not block the project-wide keys this module writes.
deny contains f if {
	some r in terraform.resources_of(instance_types)
	count(project_keys) > 0
	metadata_known(r)
	not values.has_key(object.get(r.config, "metadata", {}), "block-project-ssh-keys")
	not os_login_may_be_on(r)
	f := finding.at(r, metadata_path(r), finding.format("%s accepts the project-wide SSH keys of %s (no block-project-ssh-keys in its metadata)", [r.id, concat(", ", sort(project_keys))]))
}

# project_keys: the ids of the resources of this module that write SSH keys into project-wide metadata.
project_keys contains r.id if {
	some r in terraform.resources_of({"google_compute_project_metadata", "google_compute_project_metadata_item"})
	some key in {"ssh-keys", "sshKeys"}
	[_, value, _] := gcp.metadata_setting(r, key)
	value != null
	value != ""
}

# metadata_known(r): the instance's metadata is known (or not set).
metadata_known(r) if values.absent_or_null(r.config, "metadata")

metadata_known(r) if values.known_object(r.config.metadata)

metadata_path(r) := ["config", "metadata"] if is_object(r.config.metadata)

else := ["config"]

# os_login_may_be_on(r): OS Login is on for the instance, or may be: its own
# enable-oslogin is on or not known, or it has none and the project's (in this
# module) is on or not known.
os_login_may_be_on(r) if {
	value := r.config.metadata["enable-oslogin"]
	not gcp.metadata_off(value)
}

os_login_may_be_on(r) if {
	not values.has_key(object.get(r.config, "metadata", {}), "enable-oslogin")
	project_os_login_may_be_on
}

# project_os_login_may_be_on: this module's project-wide metadata sets
# enable-oslogin to a value that is not off (computed once, not per instance).
project_os_login_may_be_on if {
	some [p, _, value, _] in gcp.metadata_settings("enable-oslogin")
	p.type in {"google_compute_project_metadata", "google_compute_project_metadata_item"}
	not gcp.metadata_off(value)
}
