# METADATA
# title: Azure network security rule opens an admin or database port to the internet
# description: >-
#   An inbound Allow rule — an azurerm_network_security_rule or a security_rule
#   block of an azurerm_network_security_group — admits TCP traffic from any
#   address ("*", "Internet", "0.0.0.0/0", "Any") to a remote administration
#   port (SSH 22, RDP 3389, WinRM 5985/5986) or a database port (SQL Server,
#   Oracle, MySQL, PostgreSQL, Redshift, Redis, Memcached, Cassandra,
#   Elasticsearch, MongoDB).
#   These ports are scanned and brute-forced within minutes of exposure.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
#   - ref: https://learn.microsoft.com/azure/bastion/bastion-overview
# custom:
#   id: EVD-TF-115
#   severity: high
#   remediation: >-
#     Restrict source_address_prefix(es) to known ranges or the VirtualNetwork
#     tag; reach machines through Azure Bastion or a VPN and databases through
#     private endpoints.
#   selector:
#     input: terraform
#     resources: [azurerm_network_security_rule, azurerm_network_security_group]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.308(a)(3)(i)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Administration and database ports open to the internet expose systems holding ePHI to anyone; network restriction is a basic access control and risk-management measure.
#     gdpr: Exposing the administration and data interfaces of processing systems to the internet undermines their ongoing confidentiality and integrity.
package evident.checks.terraform.azure_nsg_sensitive_port_open

import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.terraform

deny contains f if {
	some rule in terraform.resources("azurerm_network_security_rule")
	exposure := exposed(rule.config)
	f := finding.of(rule, finding.format("%s allows inbound traffic from the internet (%s) to %s", [rule.id, exposure.source, exposure.ports]))
}

deny contains f if {
	some group in terraform.resources("azurerm_network_security_group")
	some i, rule in terraform.blocks(group.config, "security_rule")
	exposure := exposed(rule)
	f := finding.at(group, ["config", "security_rule", i], finding.format("%s security_rule \"%s\" allows inbound traffic from the internet (%s) to %s", [group.id, object.get(rule, "name", finding.format("#%d", [i])), exposure.source, exposure.ports]))
}

# exposed(rule): {"source", "ports"} when the rule is an inbound TCP allow from
# the internet to sensitive ports.
exposed(rule) := {"source": source, "ports": network.describe_ports(ports)} if {
	lowered(rule.direction) == "inbound"
	lowered(rule.access) == "allow"
	lowered(object.get(rule, "protocol", "*")) in {"tcp", "*"}
	source := internet_source(rule)
	ports := network.exposed_ports(port_specs(rule))
	count(ports) > 0
}

lowered(v) := lower(v) if is_string(v)

internet_source(rule) := rule.source_address_prefix if {
	network.is_internet(rule.source_address_prefix)
} else := prefix if {
	some prefix in object.get(rule, "source_address_prefixes", [])
	network.is_internet(prefix)
}

port_specs(rule) := array.concat(single, list) if {
	single := [p | p := rule.destination_port_range]
	ranges := object.get(rule, "destination_port_ranges", [])
	list := [p | some p in ranges]
}
