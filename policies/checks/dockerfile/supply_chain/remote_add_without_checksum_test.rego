package evident.checks.dockerfile.remote_add_without_checksum_test

import data.evident.checks.dockerfile.remote_add_without_checksum as check

stage(adds) := {"id": "stage/0", "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 9, "adds": adds}

test_remote_add_without_checksum_is_reported if {
	check.deny == {{"resource": "stage/0", "path": ["adds", 1], "msg": "ADD in stage/0 downloads https://get.example.org/tool.tgz without --checksum"}} with input as {"type": "dockerfile", "resources": [stage([
		{"instruction": "COPY", "sources": ["src"], "destination": "/app", "line": 2, "remote": false, "checksum": false},
		{"instruction": "ADD", "sources": ["https://get.example.org/tool.tgz"], "destination": "/opt/", "line": 3, "remote": true, "checksum": false},
	])]}
}

test_checksum_and_local_sources_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage([
		{"instruction": "ADD", "sources": ["https://get.example.org/tool.tgz"], "destination": "/opt/", "line": 3, "remote": true, "checksum": true},
		{"instruction": "ADD", "sources": ["vendor.tar.gz"], "destination": "/opt/", "line": 4, "remote": false, "checksum": false},
	])]}
}
