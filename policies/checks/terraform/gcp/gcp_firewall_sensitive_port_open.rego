# METADATA
# title: Google Compute firewall opens an admin or database port to the internet
# description: >-
#   An enabled ingress google_compute_firewall with source_ranges 0.0.0.0/0 (or
#   ::/0), or with no source at all (none of source_ranges, source_tags and
#   source_service_accounts set, or each set to an empty list: Google Cloud
#   then applies the rule to 0.0.0.0/0), allows TCP (or all protocols) to a
#   remote administration port (SSH 22, RDP 3389, WinRM 5985/5986) or a
#   database port (SQL Server, Oracle, MySQL, PostgreSQL, Redshift, Redis,
#   Memcached, Cassandra, Elasticsearch, MongoDB) — an allow block without ports allows every port.
#   These ports are scanned and brute-forced within minutes of exposure. A
#   source argument whose value comes from a variable or another resource
#   counts as a source that may be restricted; deny rules and rules with
#   disabled = true are not reported.
# related_resources:
#   - ref: https://cloud.google.com/firewall/docs/firewalls
#   - ref: https://cloud.google.com/iap/docs/using-tcp-forwarding
# custom:
#   id: EVD-TF-160
#   severity: high
#   remediation: >-
#     Restrict source_ranges to known ranges; for SSH/RDP allow only Identity-Aware
#     Proxy (35.235.240.0/20) and use IAP TCP forwarding; reach databases over
#     private IP.
#   selector:
#     input: terraform
#     resources: [google_compute_firewall]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.308(a)(3)(i)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Administration and database ports open to the internet expose systems holding ePHI to anyone; network restriction is a basic access control and risk-management measure.
#     gdpr: Exposing the administration and data interfaces of processing systems to the internet undermines their ongoing confidentiality and integrity.
package evident.checks.terraform.gcp_firewall_sensitive_port_open

import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some firewall in terraform.resources("google_compute_firewall")
	object.get(firewall.config, "direction", "INGRESS") == "INGRESS"
	values.is_false_or_absent(firewall.config, "disabled")
	source := internet_source(firewall.config)
	some i, allow in terraform.blocks(firewall.config, "allow")
	allow.protocol in {"tcp", "all", "6"}
	ports := network.exposed_ports(port_specs(allow))
	count(ports) > 0
	f := finding.at(firewall, ["config", "allow", i], finding.format("%s allows traffic from %s to %s", [firewall.id, source, network.describe_ports(ports)]))
}

internet_source(cfg) := [range |
	is_array(cfg.source_ranges)
	some range in cfg.source_ranges
	network.is_open_cidr(range)
][0]

# An ingress rule with no source applies to every IPv4 address: the Compute API
# sets sourceRanges to 0.0.0.0/0 (the provider suppresses the diff from that
# default to an empty source_ranges). Recent provider versions refuse, at plan
# time, a rule that omits all three arguments; older ones create it open.
internet_source(cfg) := "0.0.0.0/0 (no source set)" if {
	every attr in source_attrs {
		no_source(cfg, attr)
	}
}

source_attrs := ["source_ranges", "source_tags", "source_service_accounts"]

# no_source(cfg, attr): attr is absent, null or an empty list (not unknown).
no_source(cfg, attr) if values.is_false_or_absent(cfg, attr)

no_source(cfg, attr) if cfg[attr] == []

# port_specs(allow): its ports, or every port when the block lists none.
port_specs(allow) := allow.ports if is_array(allow.ports)

else := ["*"] if not allow.ports
