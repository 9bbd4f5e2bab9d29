package evident.checks.compose.database_port_exposed_test

import data.evident.checks.compose.database_port_exposed as check

service(ports) := {"id": "service/db", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "db", "ports": ports}

test_database_ports_on_all_interfaces_are_reported if {
	check.deny == {
		{"resource": "service/db", "path": ["ports", 0], "msg": "service/db publishes the PostgreSQL port 5432 on every host interface"},
		{"resource": "service/db", "path": ["ports", 2], "msg": "service/db publishes the Redis port 6379 on every host interface"},
	} with input as {"type": "compose", "resources": [service([
		{"target": "5432", "published": "5432", "host_ip": null, "all_interfaces": true},
		{"target": "3306", "published": "3306", "host_ip": "127.0.0.1", "all_interfaces": false},
		{"target": "6379", "published": null, "host_ip": "0.0.0.0", "all_interfaces": true},
	])]}
}

test_loopback_and_other_ports_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [service([
		{"target": "8080", "published": "80", "host_ip": null, "all_interfaces": true},
		{"target": "27017", "published": "27017", "host_ip": "127.0.0.1", "all_interfaces": false},
	])]}
}
