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
