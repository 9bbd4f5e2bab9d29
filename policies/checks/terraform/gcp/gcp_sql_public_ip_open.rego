# METADATA
# title: Cloud SQL instance accepts connections from the whole internet
# description: >-
#   A google_sql_database_instance has a public IPv4 address
#   (settings.ip_configuration.ipv4_enabled, true by default, also when null) and an
#   authorized_networks entry of 0.0.0.0/0. Any address may then connect to the
#   database port, and only the database password stands between the internet
#   and the data. The blocks written by a dynamic "settings",
#   "ip_configuration" or "authorized_networks" block are read too: one whose
#   content writes the internet range (or ipv4_enabled) literally and whose
#   for_each is a known, non-empty collection is reported like a literal block.
#   Not reported: a value taken from the iterator (authorized_networks.value)
#   or from a variable without a known value, and a dynamic block whose
#   for_each cannot be resolved or is empty (it may write no block at all).
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
	some settings in written_blocks(instance.config, "settings")
	some ip in written_blocks(settings.block, "ip_configuration")
	public_ip(ip.block)
	some authorized in written_blocks(ip.block, "authorized_networks")
	network.is_internet(authorized.block.value)
	path := array.concat(array.concat(array.concat(["config"], settings.path), array.concat(ip.path, authorized.path)), ["value"])
	f := finding.at(instance, path, finding.format("%s authorizes %s on its public IP: any address can connect", [instance.id, authorized.block.value]))
}

# public_ip(ip): ipv4_enabled is true, absent or null (its default is true), not unknown.
public_ip(ip) if values.absent_or_null(ip, "ipv4_enabled")

public_ip(ip) if ip.ipv4_enabled == true

# written_blocks(cfg, name): the `name` blocks of a config as {"path", "block"}
# (the path relative to cfg): each literal block, and the content of each
# dynamic "name" block whose for_each is a known, non-empty collection (the
# parser keeps dynamic blocks as cfg.dynamic[name][i].content[0]). Values the
# content takes from the iterator are unknown, so they are never reported.
written_blocks(cfg, name) := array.concat(
	[{"path": [name, i], "block": block} | some i, block in terraform.blocks(cfg, name)],
	[{"path": ["dynamic", name, i, "content", 0], "block": dyn.content[0]} |
		some i, dyn in terraform.dynamic_blocks(cfg, name)
		terraform.expands(dyn.for_each)
		is_object(dyn.content[0])
	],
)
