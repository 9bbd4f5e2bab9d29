# METADATA
# title: Compute Engine interactive serial console enabled
# description: >-
#   The metadata of a google_compute_instance or
#   google_compute_instance_template sets serial-port-enable to true (true,
#   "true" in any case, or "1"), or project-wide metadata does
#   (google_compute_project_metadata, or a google_compute_project_metadata_item
#   whose key is serial-port-enable), which turns the console on for every
#   instance in the project that does not turn it off itself. The interactive
#   serial console is reached through ssh-serialport.googleapis.com with the
#   instance's or the project's SSH keys, outside the VPC and its firewall
#   rules, and gives a login prompt on the machine. Not reported: metadata or
#   values that cannot be resolved (a variable, a merge() with unknown parts),
#   false or any other value, and the serial port output log
#   (serial-port-logging-enable), which is read-only.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console
#   - ref: https://cloud.google.com/compute/docs/instances/interacting-with-serial-console
# custom:
#   id: EVD-TF-197
#   severity: medium
#   remediation: >-
#     Remove serial-port-enable from the metadata or set it to "false"; enable
#     the console only while troubleshooting, and enforce the organisation
#     policy constraints/compute.disableSerialPortAccess.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_project_metadata, google_compute_project_metadata_item]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: An interactive console that bypasses the network controls is an extra access path to systems holding ePHI; keeping it off limits access to authorised routes.
#     gdpr: Closing access paths that are not needed protects the confidentiality and integrity of the systems processing personal data.
package evident.checks.terraform.gcp_instance_serial_port_enabled

import data.evident.lib.finding
import data.evident.lib.gcp

deny contains f if {
	some [r, path, value, project] in gcp.metadata_settings("serial-port-enable")
	enabled(value)
	f := finding.at(r, path, finding.format(messages[project], [r.id]))
}

messages := {
	false: "%s enables the interactive serial console (metadata serial-port-enable)",
	true: "%s enables the interactive serial console for the project (serial-port-enable)",
}

# enabled(v): a value Compute Engine reads as true.
enabled(true)

enabled(1)

enabled(v) if {
	is_string(v)
	lower(trim_space(v)) in {"true", "1"}
}
