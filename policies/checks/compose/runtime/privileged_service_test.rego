package evident.checks.compose.privileged_service_test

import data.evident.checks.compose.privileged_service as check

service(props) := object.union({"id": "service/app", "kind": "service", "file": "compose.yaml", "startLine": 2, "endLine": 9, "name": "app", "privileged": false, "cap_add": []}, props)

test_privileged_and_admin_capabilities_are_reported if {
	check.deny == {
		{"resource": "service/app", "path": ["privileged"], "msg": "service/app runs privileged (privileged: true)"},
		{"resource": "service/app", "path": ["cap_add", 1], "msg": "service/app adds the SYS_ADMIN capability"},
		{"resource": "service/app", "path": ["cap_add", 2], "msg": "service/app adds the ALL capability"},
	} with input as {"type": "compose", "resources": [service({"privileged": true, "cap_add": ["NET_ADMIN", "sys_admin", "ALL"]})]}
}

test_narrow_capabilities_and_unknown_privileged_pass if {
	count(check.deny) == 0 with input as {"type": "compose", "resources": [
		service({"cap_add": ["NET_BIND_SERVICE", "CHOWN"]}),
		service({"privileged": {"__unknown__": "${PRIV}", "refs": ["PRIV"]}}),
	]}
}
