# METADATA
# title: Compute Engine VM, Dataproc cluster or notebook has a public IP address
# description: >-
#   A network_interface of a google_compute_instance (or an instance template)
#   has an access_config block, which gives the VM an external IPv4 address.
#   Every service listening on the VM is then one firewall rule away from the
#   internet, and the VM can reach the internet directly — a common path for
#   data exfiltration. Also reported: a google_dataproc_cluster whose
#   gce_cluster_config sets internal_ip_only = false (every node of the cluster
#   gets an external address; only the explicit value is judged, as the default
#   depends on the image version), a Vertex AI Workbench instance
#   (google_workbench_instance) whose gce_setup does not set disable_public_ip
#   = true, and a legacy google_notebooks_instance without no_public_ip = true
#   (both notebooks get an external address by default). A value from a
#   variable is not judged.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address
#   - ref: https://cloud.google.com/nat/docs/overview
# custom:
#   id: EVD-TF-169
#   severity: medium
#   remediation: >-
#     Remove the access_config block (Dataproc: set internal_ip_only = true;
#     Workbench: gce_setup { disable_public_ip = true }; notebooks: no_public_ip
#     = true); reach the VM through IAP TCP forwarding or a load balancer, and
#     give it outbound access through Cloud NAT.
#   selector:
#     input: terraform
#     resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_dataproc_cluster, google_workbench_instance, google_notebooks_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Directly internet-addressable machines widen who can attempt access to systems that hold ePHI.
#     gdpr: Keeping processing systems off the public internet by default protects their confidentiality.
package evident.checks.terraform.gcp_compute_public_ip

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some type in ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]
	some instance in terraform.resources(type)
	some n, interface in terraform.blocks(instance.config, "network_interface")
	terraform.has_block(interface, "access_config")
	f := finding.at(instance, ["config", "network_interface", n, "access_config"], finding.format("%s has a public IP address (network_interface access_config)", [instance.id]))
}

deny contains f if {
	some cluster in terraform.resources("google_dataproc_cluster")
	some c, config in terraform.blocks(cluster.config, "cluster_config")
	some g, gce in terraform.blocks(config, "gce_cluster_config")
	values.false_value(gce.internal_ip_only)
	f := finding.at(cluster, ["config", "cluster_config", c, "gce_cluster_config", g, "internal_ip_only"], finding.format("%s gives every node an external IP address (internal_ip_only = false)", [cluster.id]))
}

deny contains f if {
	some instance in terraform.resources("google_workbench_instance")
	not terraform.has_block(instance.config, "gce_setup")
	f := finding.of(instance, finding.format("%s has no gce_setup: the notebook VM gets an external IP address (disable_public_ip defaults to false)", [instance.id]))
}

deny contains f if {
	some instance in terraform.resources("google_workbench_instance")
	some i, setup in terraform.blocks(instance.config, "gce_setup")
	values.false_or_unset(setup, "disable_public_ip")
	f := finding.at(instance, ["config", "gce_setup", i], finding.format("%s does not set disable_public_ip = true: the notebook VM gets an external IP address", [instance.id]))
}

deny contains f if {
	some instance in terraform.resources("google_notebooks_instance")
	values.false_or_unset(instance.config, "no_public_ip")
	f := finding.of(instance, finding.format("%s does not set no_public_ip = true: the notebook VM gets an external IP address", [instance.id]))
}
