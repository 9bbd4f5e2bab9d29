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
			"msg": "google_compute_firewall.db allows traffic from 0.0.0.0/0 to 5432 (PostgreSQL), 5439 (Redshift)",
		},
	} with input as {"type": "terraform", "resources": [
		firewall("ssh", {"allow": [{"protocol": "tcp", "ports": ["22", "3389"]}]}),
		firewall("db", {"allow": [{"protocol": "icmp"}, {"protocol": "tcp", "ports": ["5400-5500"]}]}),
	]}
}

test_all_protocols_without_ports_are_reported if {
	check.deny == {{"resource": "google_compute_firewall.any", "path": ["config", "allow", 0], "msg": "google_compute_firewall.any allows traffic from 0.0.0.0/0 to 22 (SSH), 1433 (SQL Server), 1521 (Oracle), 3306 (MySQL), 3389 (RDP), 5432 (PostgreSQL), 5439 (Redshift), 5985 (WinRM), 5986 (WinRM), 6379 (Redis), 9042 (Cassandra), 9200 (Elasticsearch), 9300 (Elasticsearch transport), 11211 (Memcached), 27017 (MongoDB)"}} with input as {"type": "terraform", "resources": [firewall("any", {"allow": [{"protocol": "all"}]})]}
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

# sourceless(name, config): a firewall without the default source_ranges of firewall().
sourceless(name, config) := object.union(object.remove(firewall(name, {}), ["config"]), {"config": object.union({"network": "default"}, config)})

test_ingress_without_source_is_reported if {
	check.deny == {
		{
			"resource": "google_compute_firewall.none",
			"path": ["config", "allow", 0],
			"msg": "google_compute_firewall.none allows traffic from 0.0.0.0/0 (no source set) to 22 (SSH)",
		},
		{
			"resource": "google_compute_firewall.empty",
			"path": ["config", "allow", 0],
			"msg": "google_compute_firewall.empty allows traffic from 0.0.0.0/0 (no source set) to 3306 (MySQL)",
		},
	} with input as {"type": "terraform", "resources": [
		sourceless("none", {"direction": "INGRESS", "target_tags": ["db"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("empty", {"source_ranges": [], "source_tags": [], "source_service_accounts": null, "allow": [{"protocol": "tcp", "ports": ["3306"]}]}),
	]}
}

test_sourceless_rules_that_are_safe_or_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		sourceless("tags", {"source_tags": ["bastion"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("accounts", {"source_service_accounts": ["app@p.iam.gserviceaccount.com"], "allow": [{"protocol": "tcp", "ports": ["5432"]}]}),
		sourceless("unknown_tags", {"source_tags": {"__unknown__": "var.tags", "refs": ["var.tags"]}, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("unknown_ranges", {"source_ranges": {"__unknown__": "var.ranges", "refs": ["var.ranges"]}, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("unknown_accounts", {"source_service_accounts": {"__unknown__": "var.sas", "refs": ["var.sas"]}, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("web", {"allow": [{"protocol": "tcp", "ports": ["443"]}]}),
		sourceless("egress", {"direction": "EGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("off", {"disabled": true, "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		sourceless("deny", {"deny": [{"protocol": "tcp", "ports": ["22"]}]}),
	]}
}
