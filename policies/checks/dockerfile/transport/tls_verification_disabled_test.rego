package evident.checks.dockerfile.tls_verification_disabled_test

import data.evident.checks.dockerfile.tls_verification_disabled as check

stage(commands, env) := {"id": "stage/0", "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 9, "runs": [{"command": c, "line": 2} | some c in commands], "env": env}

test_insecure_commands_are_reported if {
	check.deny == {{"resource": "stage/0", "path": ["runs", 0], "msg": "RUN in stage/0 disables TLS certificate verification (curl -k/--insecure)"}} with input as {"type": "dockerfile", "resources": [stage(["curl -fsSLk https://x.example.org -o /x"], [])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["wget --no-check-certificate https://x.example.org/a"], [])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["pip install --trusted-host pypi.internal -r r.txt"], [])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["npm config set strict-ssl false && npm ci"], [])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["git -c http.sslVerify=false clone https://x"], [])]}
}

test_insecure_env_is_reported if {
	check.deny == {{"resource": "stage/0", "path": ["env", 0], "msg": "ENV NODE_TLS_REJECT_UNAUTHORIZED=0 in stage/0 disables TLS certificate verification"}} with input as {"type": "dockerfile", "resources": [stage([], [{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0", "line": 3}])]}
}

test_safe_commands_and_values_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage(
		["curl -fsSL --keepalive-time 5 https://x.example.org -o /x", "curl -o key.pem https://x", "pip install -r requirements.txt", "wget -q https://x.example.org/a"],
		[{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "1", "line": 3}, {"key": "NODE_TLS_REJECT_UNAUTHORIZED", "value": {"__unknown__": "$X", "refs": ["X"]}, "line": 4}],
	)]}
}
