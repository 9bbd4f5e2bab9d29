package evident.checks.terraform.gcp_firewall_sensitive_port_open_test

import data.evident.checks.terraform.gcp_firewall_sensitive_port_open as check

firewall(name, config) := {
	"id": concat(".", ["google_compute_firewall", name]), "mode": "managed", "type": "google_compute_firewall", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": object.union({"network": "default", "source_ranges": ["0.0.0.0/0"]}, config),
}

test_open_admin_and_all_ports_are_reported if {
	check.deny == {
		{
			"resource": "google_compute_firewall.ssh",
			"path": ["config", "allow", 0],
			"msg": "google_compute_firewall.ssh allows traffic from 0.0.0.0/0 to 22 (SSH), 3389 (RDP)",
		},
		{
			"resource": "google_compute_firewall.db",
			"path": ["config", "allow", 1],
			"msg": "google_compute_firewall.db allows traffic from 0.0.0.0/0 to 5432 (PostgreSQL)",
		},
	} with input as {"type": "terraform", "resources": [
		firewall("ssh", {"allow": [{"protocol": "tcp", "ports": ["22", "3389"]}]}),
		firewall("db", {"allow": [{"protocol": "icmp"}, {"protocol": "tcp", "ports": ["5400-5500"]}]}),
	]}
}

test_all_protocols_without_ports_are_reported if {
	count(check.deny) == 1 with input as {"type": "terraform", "resources": [firewall("any", {"allow": [{"protocol": "all"}]})]}
}

test_safe_firewalls_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		firewall("web", {"allow": [{"protocol": "tcp", "ports": ["80", "443"]}]}),
		firewall("iap", {"source_ranges": ["35.235.240.0/20"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		firewall("egress", {"direction": "EGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		firewall("off", {"disabled": true, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		firewall("unknown", {"source_ranges": {"__unknown__": "var.ranges", "refs": ["var.ranges"]}, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		firewall("unknown_ports", {"allow": [{"protocol": "tcp", "ports": {"__unknown__": "var.ports", "refs": ["var.ports"]}}]}),
	]}
}

test_unknown_disabled_flag_is_not_reported if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [firewall("maybe", {"disabled": {"__unknown__": "var.off", "refs": ["var.off"]}, "allow": [{"protocol": "tcp", "ports": ["22"]}]})]}
}
