package evident.lib.network_test

import data.evident.lib.network

test_port_bounds if {
	network.port_bounds(22) == [22, 22]
	network.port_bounds("3389") == [3389, 3389]
	network.port_bounds("1000 - 2000") == [1000, 2000]
	network.port_bounds("*") == [0, 65535]
	not network.port_bounds("ssh")
	not network.port_bounds({"__unknown__": "var.port"})
}

test_exposed_ports if {
	network.exposed_ports(["22", "8000-9000"]) == {22}
	network.exposed_ports(["*"]) == {port | some port, _ in network.sensitive_ports}
	network.exposed_ports(["80", "443"]) == set()
	network.sensitive_between(20, 23) == {22}
	network.sensitive_between(3306, 5432) == {3306, 3389, 5432}
	network.sensitive_between(0, 65535) == {port | some port, _ in network.sensitive_ports}
	network.sensitive_between(80, 443) == set()
	network.describe_ports({3389, 22}) == "22 (SSH), 3389 (RDP)"
}

test_internet_sources if {
	network.is_internet("Internet")
	network.is_internet("0.0.0.0/0")
	network.is_internet("*")
	not network.is_internet("10.0.0.0/8")
	not network.is_internet("VirtualNetwork")
}

test_open_cidrs if {
	# prefix length 0 is every address, whatever address is written before it
	every cidr in ["0.0.0.0/0", "::/0", "10.0.0.0/0", "fd00::/0", " 0.0.0.0/0 "] {
		network.is_open_cidr(cidr)
		network.is_internet(cidr)
	}
	every cidr in ["10.0.0.0/8", "0.0.0.0/1", "192.168.0.0/10", "0.0.0.0", 0] {
		not network.is_open_cidr(cidr)
	}
}

test_credential_url if {
	network.credential_url("postgres://app:s3cret@db.internal:5432/records")
	network.credential_url("amqp+ssl://user:pw@mq/vhost")
	not network.credential_url("postgres://db.internal:5432/records")
	not network.credential_url("https://user@example.org/")
	not network.credential_url("mailto:someone@example.org")
	not network.credential_url(42)
}

test_protocols if {
	every p in ["-1", -1, "all"] {
		network.protocol_is_all(p)
	}
	every p in ["icmp", "ICMP", "1", 1, "icmpv6", "58", 58] {
		network.protocol_is_icmp(p)
	}
	every p in ["tcp", "6", 6, "udp", ""] {
		network.protocol_is_all(p) == false
		network.protocol_is_icmp(p) == false
	}
}

test_tcp_protocols if {
	every p in ["tcp", "TCP", " tcp ", "6", 6] {
		network.protocol_is_tcp(p)
	}
	every p in ["-1", -1, "all", "udp", "17", 17, "icmp", "", null, {"__unknown__": "var.protocol"}] {
		not network.protocol_is_tcp(p)
	}
}

test_cidr_versions if {
	network.cidr_version("0.0.0.0/0") == 4
	network.cidr_version("::/0") == 6
	network.cidr_version("2001:db8::/32") == 6
	not network.cidr_version({"__unknown__": "var.cidr"})
}

acl_entry(number, action, protocol, from, to, cidr) := {"number": number, "action": action, "protocol": protocol, "from": from, "to": to, "cidrs": {"cidr": cidr}}

test_acl_opened if {
	network.acl_opened(acl_entry(100, "allow", "tcp", 20, 25, "0.0.0.0/0")) == {22}
	network.acl_opened(acl_entry(100, "allow", -1, null, null, "0.0.0.0/0")) == {port | some port, _ in network.sensitive_ports}
	not network.acl_opened(acl_entry(100, "allow", "udp", 0, 65535, "0.0.0.0/0"))
	not network.acl_opened(acl_entry(100, "allow", "tcp", {"__unknown__": "var.p"}, 22, "0.0.0.0/0"))
}

test_acl_deny_first if {
	allow := acl_entry(200, "allow", "-1", 0, 0, "0.0.0.0/0")
	network.acl_may_deny_first([acl_entry(100, "deny", "6", 22, 22, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)
	network.acl_may_deny_first([acl_entry(100, "deny", "-1", 0, 0, "10.0.0.0/0")], allow, "0.0.0.0/0", 3389)
	network.acl_may_deny_first([acl_entry({"__unknown__": "var.n"}, "deny", "tcp", 22, 22, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)
	network.acl_may_deny_first([acl_entry(100, "deny", "tcp", 22, 22, {"__unknown__": "var.cidr"})], allow, "0.0.0.0/0", 22)
	network.acl_may_deny_first([acl_entry(100, "deny", {"__unknown__": "var.protocol"}, 80, 80, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)

	# later, another port, another protocol, a narrower range, the other address family
	not network.acl_may_deny_first([acl_entry(300, "deny", "tcp", 22, 22, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)
	not network.acl_may_deny_first([acl_entry(100, "deny", "tcp", 80, 80, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)
	not network.acl_may_deny_first([acl_entry(100, "deny", "udp", 22, 22, "0.0.0.0/0")], allow, "0.0.0.0/0", 22)
	not network.acl_may_deny_first([acl_entry(100, "deny", "tcp", 22, 22, "198.51.100.0/24")], allow, "0.0.0.0/0", 22)
	not network.acl_may_deny_first([acl_entry(100, "deny", "tcp", 22, 22, "::/0")], allow, "0.0.0.0/0", 22)
}

test_acl_may_deny if {
	network.acl_may_deny({"action": "DENY"})
	network.acl_may_deny({"action": {"__unknown__": "var.action"}})
	not network.acl_may_deny({"action": "allow"})
}

test_acl_describe_ports if {
	network.acl_describe_ports({"protocol": "-1"}, {port | some port, _ in network.sensitive_ports}, "-1") == "every port (protocol -1), including every administration and database port"
	network.acl_describe_ports({"protocol": "-1"}, {22, 5432}, "-1") == "22 (SSH), 5432 (PostgreSQL)"
	network.acl_describe_ports({"protocol": "tcp"}, {3389}, "tcp") == "3389 (RDP)"
}

test_acl_internet_allow if {
	network.acl_internet_allow({"ingress": true, "action": "ALLOW"}, "0.0.0.0/0")
	network.acl_internet_allow({"ingress": true, "action": "allow"}, "::/0")
	not network.acl_internet_allow({"ingress": true, "action": "allow"}, "10.0.0.0/8")
	not network.acl_internet_allow({"ingress": "unknown", "action": "allow"}, "0.0.0.0/0")
	not network.acl_internet_allow({"ingress": true, "action": "deny"}, "0.0.0.0/0")
}
