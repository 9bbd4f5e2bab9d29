package evident.checks.compose.host_namespace_test

import data.evident.checks.compose.host_namespace as check

service(props) := object.union({"id": "service/app", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "app", "network_mode": null, "pid": null, "ipc": null}, props)

test_host_namespaces_are_reported if {
	check.deny == {
		{"resource": "service/app", "path": ["network_mode"], "msg": "service/app shares the host's network namespace (network_mode: host)"},
		{"resource": "service/app", "path": ["pid"], "msg": "service/app shares the host's process namespace (pid: host)"},
		{"resource": "service/app", "path": ["ipc"], "msg": "service/app shares the host's IPC namespace (ipc: host)"},
	} with input as {"type": "compose", "resources": [service({"network_mode": "host", "pid": "host", "ipc": "host"})]}
}

test_other_modes_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [
		service({"network_mode": "bridge", "pid": "service:db", "ipc": "shareable"}),
		service({"network_mode": {"__unknown__": "${MODE}", "refs": ["MODE"]}}),
	]}
}
