# METADATA
# title: Compute Engine instance has a public IP address
# description: >-
#   A network_interface of a google_compute_instance (or an instance template)
#   has an access_config block, which gives the VM an external IPv4 address.
#   Every service listening on the VM is then one firewall rule away from the
#   internet, and the VM can reach the internet directly — a common path for
#   data exfiltration.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address
#   - ref: https://cloud.google.com/nat/docs/overview
# custom:
#   id: EVD-TF-169
#   severity: medium
#   remediation: >-
#     Remove the access_config block; reach the VM through IAP TCP forwarding or
#     a load balancer, and give it outbound access through Cloud NAT.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Directly internet-addressable machines widen who can attempt access to systems that hold ePHI.
#     gdpr: Keeping processing systems off the public internet by default protects their confidentiality.
package evident.checks.terraform.gcp_compute_public_ip

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some type in ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]
	some instance in terraform.resources(type)
	some n, interface in terraform.blocks(instance.config, "network_interface")
	terraform.has_block(interface, "access_config")
	f := finding.at(instance, ["config", "network_interface", n, "access_config"], finding.format("%s has a public IP address (network_interface access_config)", [instance.id]))
}
