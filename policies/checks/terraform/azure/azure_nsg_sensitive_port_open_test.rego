package evident.checks.terraform.azure_nsg_sensitive_port_open_test

import data.evident.checks.terraform.azure_nsg_sensitive_port_open as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

rule(overrides) := object.union(
	{
		"name": "ssh", "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
		"source_address_prefix": "*", "destination_port_range": "22",
	},
	overrides,
)

test_standalone_and_inline_rules_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_network_security_rule.ssh",
			"msg": "azurerm_network_security_rule.ssh allows inbound traffic from the internet (*) to 22 (SSH)",
		},
		{
			"resource": "azurerm_network_security_group.db",
			"path": ["config", "security_rule", 1],
			"msg": "azurerm_network_security_group.db security_rule \"db\" allows inbound traffic from the internet (Internet) to 3306 (MySQL), 5432 (PostgreSQL), 5439 (Redshift)",
		},
	} with input as {"type": "terraform", "resources": [
		res("azurerm_network_security_rule", "ssh", rule({})),
		res("azurerm_network_security_group", "db", {"security_rule": [
			rule({"name": "https", "destination_port_range": "443"}),
			rule({"name": "db", "source_address_prefix": null, "source_address_prefixes": ["10.0.0.0/8", "Internet"], "destination_port_range": null, "destination_port_ranges": ["3306", "5000-5500"]}),
		]}),
	]}
}

test_port_range_covering_rdp_is_reported if {
	check.deny == {{
		"resource": "azurerm_network_security_rule.wide",
		"msg": "azurerm_network_security_rule.wide allows inbound traffic from the internet (0.0.0.0/0) to 3389 (RDP)",
	}} with input as {"type": "terraform", "resources": [res("azurerm_network_security_rule", "wide", rule({"source_address_prefix": "0.0.0.0/0", "destination_port_range": "3380-3400", "protocol": "*"}))]}
}

test_safe_rules_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		res("azurerm_network_security_rule", "vnet", rule({"source_address_prefix": "VirtualNetwork"})),
		res("azurerm_network_security_rule", "deny", rule({"access": "Deny"})),
		res("azurerm_network_security_rule", "out", rule({"direction": "Outbound"})),
		res("azurerm_network_security_rule", "udp", rule({"protocol": "Udp"})),
		res("azurerm_network_security_rule", "web", rule({"destination_port_range": "443"})),
		res("azurerm_network_security_rule", "unknown", rule({"source_address_prefix": {"__unknown__": "var.src", "refs": ["var.src"]}})),
		res("azurerm_network_security_rule", "unknown_port", rule({"destination_port_range": {"__unknown__": "var.port", "refs": ["var.port"]}})),
	]}
}
