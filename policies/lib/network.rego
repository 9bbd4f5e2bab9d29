# METADATA
# title: Network helpers
# description: >-
#   Port ranges and address ranges as cloud firewall rules write them (Azure
#   network security rules, Google Compute firewalls, CloudFormation security
#   groups), the ports whose exposure to the internet gives direct access to an
#   administration interface or a database, the rule order of AWS network
#   ACLs (a lower-numbered deny that hides an allow), and URLs that carry a
#   password.
#   Provider-neutral: the provider libraries and checks decide which
#   attributes hold the ranges.
# custom:
#   library: true
package evident.lib.network

import data.evident.lib.finding
import data.evident.lib.values

# admin_ports: port → service, for remote administration.
admin_ports := {22: "SSH", 3389: "RDP", 5985: "WinRM", 5986: "WinRM"}

# database_ports: port → service, for databases, caches and search engines.
database_ports := {
	1433: "SQL Server", 1521: "Oracle", 3306: "MySQL", 5432: "PostgreSQL", 5439: "Redshift",
	6379: "Redis", 9042: "Cassandra", 9200: "Elasticsearch", 9300: "Elasticsearch transport",
	11211: "Memcached", 27017: "MongoDB",
}

# sensitive_ports: port → service, for remote administration and database ports: the one list
# of every check that reports such ports open to the internet (AWS security groups and network
# ACLs, Azure NSGs, GCP firewalls, in Terraform and CloudFormation).
sensitive_ports := object.union(admin_ports, database_ports)

# is_open_cidr(c): a CIDR of prefix length 0, which admits every address:
# 0.0.0.0/0 and ::/0, and any address written before /0 (10.0.0.0/0 and
# fd00::/0 are every IPv4 and every IPv6 address too). The only spellings of
# "any address" where a field takes a CIDR (AWS, Google Cloud).
is_open_cidr(c) if {
	is_string(c)
	endswith(trim_space(c), "/0")
}

# Source spellings that also mean "any address" where a field takes an address
# prefix: Azure service tags and wildcards.
internet_words := {"*", "0.0.0.0", "internet", "any"}

# is_internet(source): the source address prefix admits every address on the internet.
is_internet(source) if is_open_cidr(source)

is_internet(source) if {
	is_string(source)
	lower(trim_space(source)) in internet_words
}

# protocol_is_all(p): an EC2 security group rule's protocol (Terraform
# protocol/ip_protocol, CloudFormation IpProtocol) that means every protocol
# and every port.
protocol_is_all(p) if p in {"-1", -1, "all"}

else := false

# protocol_is_icmp(p): ICMP or ICMPv6, whose from_port/to_port are an ICMP type
# and code, not ports (from_port = 22 is ICMP type 22).
protocol_is_icmp(p) if p in {"icmp", "ICMP", "1", 1, "icmpv6", "ICMPv6", "58", 58}

else := false

# protocol_is_tcp(p): a protocol field that names TCP: "tcp" in any case, or
# its IANA number 6 (AWS network ACLs and security groups take either).
# Undefined otherwise, including "-1"/"all", which protocol_is_all reads.
protocol_is_tcp(p) if p == 6

protocol_is_tcp(p) if {
	is_string(p)
	lower(trim_space(p)) in {"tcp", "6"}
}

# cidr_version(c): 6 for an IPv6 CIDR (it holds a colon), 4 for any other string.
cidr_version(c) := 6 if {
	is_string(c)
	contains(c, ":")
} else := 4 if is_string(c)

# port_bounds(spec): [low, high] of a port spec: 22, "22", "1000-2000" or "*".
# Undefined for an unknown or malformed value, so such a rule is never reported.
port_bounds(spec) := [spec, spec] if is_number(spec)

port_bounds(spec) := [0, 65535] if spec == "*"

port_bounds(spec) := [n, n] if {
	is_string(spec)
	regex.match(`^\s*[0-9]+\s*$`, spec)
	n := to_number(trim_space(spec))
}

port_bounds(spec) := [to_number(trim_space(parts[0])), to_number(trim_space(parts[1]))] if {
	is_string(spec)
	regex.match(`^\s*[0-9]+\s*-\s*[0-9]+\s*$`, spec)
	parts := split(spec, "-")
}

# exposed_ports(specs): the sensitive ports that some port spec of the list covers.
exposed_ports(specs) := {port |
	some spec in specs
	bounds := port_bounds(spec)
	some port in sensitive_between(bounds[0], bounds[1])
}

# sensitive_between(low, high): the sensitive ports from low to high (both included).
sensitive_between(low, high) := {port |
	some port, _ in sensitive_ports
	low <= port
	port <= high
}

# describe_ports(ports): "22 (SSH), 3389 (RDP)", in port order.
describe_ports(ports) := concat(", ", [finding.format("%d (%s)", [port, sensitive_ports[port]]) | some port in sort(ports)])

# credential_url(value): a URL with a password in its user info
# (scheme://user:password@host…), as connection strings (DATABASE_URL,
# REDIS_URL, AMQP_URL) are written: the password is in the value whatever
# the variable's name.
credential_url(value) if {
	is_string(value)

	# Necessary conditions first: most values never reach the pattern (compiled once per document in wasm).
	contains(value, "://")
	contains(value, "@")
	regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]+:[^@/\s]+@`, value)
}

# ------------------------------------------------------------ network ACLs

# AWS network ACL entries, as the provider checks normalize them (Terraform
# ingress blocks and aws_network_acl_rule, CloudFormation
# AWS::EC2::NetworkAclEntry): {number, action, protocol, from, to, cidrs},
# with numbers as numbers (or unknown values) and `cidrs` the CIDR fields set
# (IPv4 and IPv6). An ACL applies its rules in rule number order and the first
# match decides.

# acl_opened(entry): the sensitive ports an entry admits over TCP: all of
# them for every protocol (-1/all, whose ports are ignored), those of its
# port range for TCP. Undefined when the protocol or a port is not known.
acl_opened(entry) := {port | some port, _ in sensitive_ports} if protocol_is_all(entry.protocol)

else := sensitive_between(entry.from, entry.to) if {
	protocol_is_tcp(entry.protocol)
	is_number(entry.from)
	is_number(entry.to)
}

# acl_internet_allow(entry, cidr): an ingress entry (direction known) that
# allows traffic from `cidr`, one of its CIDRs that admits every address.
acl_internet_allow(entry, cidr) if {
	entry.ingress == true
	is_string(entry.action)
	lower(entry.action) == "allow"
	is_open_cidr(cidr)
}

# acl_may_deny(entry): the entry's action is "deny" (in any case), or not known.
acl_may_deny(entry) if {
	is_string(entry.action)
	lower(entry.action) == "deny"
}

acl_may_deny(entry) if values.is_unknown(entry.action)

# acl_may_deny_first(denies, entry, cidr, port): one of `denies` (the entries
# of the same ACL and direction for which acl_may_deny holds) comes before
# `entry`, or may (a rule number not known), and matches TCP traffic from the
# whole range of cidr's address family to `port`, or may (a CIDR, protocol or
# port not known). A deny of a narrower range does not count.
acl_may_deny_first(denies, entry, cidr, port) if {
	some other in denies
	not acl_after(other.number, entry.number)
	acl_may_cover_source(other, cidr)
	acl_may_cover_port(other, port)
}

# acl_after(n, m): rule number n is known to come after rule number m.
acl_after(n, m) if {
	is_number(n)
	is_number(m)
	n > m
}

acl_may_cover_source(other, cidr) if {
	some c in other.cidrs
	is_open_cidr(c)
	cidr_version(c) == cidr_version(cidr)
}

acl_may_cover_source(other, _) if {
	some c in other.cidrs
	values.is_unknown(c)
}

acl_may_cover_port(other, _) if protocol_is_all(other.protocol)

acl_may_cover_port(other, _) if values.is_unknown(other.protocol)

acl_may_cover_port(other, port) if {
	protocol_is_tcp(other.protocol)
	acl_in_range(other, port)
}

acl_in_range(other, port) if {
	is_number(other.from)
	is_number(other.to)
	other.from <= port
	port <= other.to
}

acl_in_range(other, _) if values.is_unknown(other.from)

acl_in_range(other, _) if values.is_unknown(other.to)

# acl_describe_ports(entry, ports, protocol): the ports for a message: "every
# port (protocol -1), including every administration and database port" for
# an entry of every protocol that no earlier deny narrows, else the list.
acl_describe_ports(entry, ports, protocol) := finding.format("every port (protocol %s), including every administration and database port", [protocol]) if {
	protocol_is_all(entry.protocol)
	count(ports) == count(sensitive_ports)
} else := describe_ports(ports)
