# METADATA
# title: Cloud SQL instance accepts connections from the whole internet
# description: >-
#   A google_sql_database_instance has a public IPv4 address
#   (settings.ip_configuration.ipv4_enabled, true by default) and an
#   authorized_networks entry of 0.0.0.0/0. Any address may then connect to the
#   database port, and only the database password stands between the internet
#   and the data.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/configure-ip
#   - ref: https://cloud.google.com/sql/docs/postgres/connect-auth-proxy
# custom:
#   id: EVD-TF-155
#   severity: critical
#   remediation: >-
#     Remove the 0.0.0.0/0 authorized network; connect through the Cloud SQL
#     Auth Proxy or private IP (ipv4_enabled = false with private_network).
#   selector:
#     input: terraform
#     resources: [google_sql_database_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: An internet-wide authorized network removes the network layer of access control in front of ePHI.
#     gdpr: Exposing a personal-data store to every address on the internet contradicts confidentiality and data protection by default.
package evident.checks.terraform.gcp_sql_public_ip_open

import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some instance in terraform.resources("google_sql_database_instance")
	some s, settings in terraform.blocks(instance.config, "settings")
	some c, ip in terraform.blocks(settings, "ip_configuration")
	public_ip(ip)
	some n, authorized in terraform.blocks(ip, "authorized_networks")
	network.is_internet(authorized.value)
	path := ["config", "settings", s, "ip_configuration", c, "authorized_networks", n, "value"]
	f := finding.at(instance, path, finding.format("%s authorizes %s on its public IP: any address can connect", [instance.id, authorized.value]))
}

# public_ip(ip): ipv4_enabled is true or absent (its default is true), not unknown.
public_ip(ip) if not values.has_key(ip, "ipv4_enabled")

public_ip(ip) if ip.ipv4_enabled == true
