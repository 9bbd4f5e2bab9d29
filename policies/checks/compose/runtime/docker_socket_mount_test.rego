package evident.checks.compose.docker_socket_mount_test

import data.evident.checks.compose.docker_socket_mount as check

service(volumes) := {"id": "service/app", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "app", "volumes": volumes}

test_socket_mount_is_reported if {
	check.deny == {{"resource": "service/app", "path": ["volumes", 1], "msg": "service/app mounts the container runtime socket /var/run/docker.sock"}} with input as {"type": "compose", "resources": [service([
		{"type": "volume", "source": "data", "target": "/data", "docker_socket": false},
		{"type": "bind", "source": "/var/run/docker.sock", "target": "/var/run/docker.sock", "read_only": true, "docker_socket": true},
	])]}
}

test_other_mounts_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [service([{"type": "bind", "source": "./config", "target": "/etc/app", "docker_socket": false}])]}
}
