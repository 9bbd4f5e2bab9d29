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

reported(commands, env, args, global) := msgs if {
	findings := check.deny with input as {"type": "dockerfile", "globalArgs": global, "resources": [object.union(stage(commands, env), {"args": args})]}
	msgs := {f.msg | some f in findings}
}

run_msg(what) := concat("", ["RUN in stage/0 disables TLS certificate verification (", what, ")"])

test_more_insecure_commands_are_reported if {
	reported(["npm c set strict-ssl=false && npm ci"], [], [], []) == {run_msg("npm/yarn strict-ssl false")}
	reported(["npm install --strict-ssl=false"], [], [], []) == {run_msg("npm/yarn strict-ssl false")}
	reported([`npm config set "strict-ssl" 'false'`], [], [], []) == {run_msg("npm/yarn strict-ssl false")}
	reported(["yum-config-manager --save --setopt=vendor.sslverify=false"], [], [], []) == {run_msg("sslverify=0 for yum/dnf")}
	reported(["dnf install -y --setopt=sslverify=0 agent"], [], [], []) == {run_msg("sslverify=0 for yum/dnf")}
	reported(["cat > /etc/yum.repos.d/v.repo <<'R'\n[v]\nbaseurl=https://r.example.org\nsslverify=0\nR"], [], [], []) == {run_msg("sslverify=0 for yum/dnf")}
	reported(["printf '[v]\\nsslverify = false\\n' > /etc/yum.repos.d/v.repo"], [], [], []) == {run_msg("sslverify=0 for yum/dnf")}
	reported(["GIT_SSL_NO_VERIFY=0 git clone https://git.example.org/r.git"], [], [], []) == {run_msg("GIT_SSL_NO_VERIFY")}
	reported(["export NODE_TLS_REJECT_UNAUTHORIZED='0'; npm ci"], [], [], []) == {run_msg("NODE_TLS_REJECT_UNAUTHORIZED=0")}
	reported(["PYTHONHTTPSVERIFY=0 python setup.py install"], [], [], []) == {run_msg("PYTHONHTTPSVERIFY=0")}
	reported(["npm_config_strict_ssl=false npm ci"], [], [], []) == {run_msg("NPM_CONFIG_STRICT_SSL=false")}
	reported(["export PIP_TRUSTED_HOST=pypi.internal.example && pip install -r r.txt"], [], [], []) == {run_msg("PIP_TRUSTED_HOST")}
}

test_env_is_judged_as_every_environment if {
	reported([], [{"key": "NPM_CONFIG_STRICT_SSL", "value": "false", "line": 3}], [], []) == {"ENV NPM_CONFIG_STRICT_SSL=false in stage/0 disables TLS certificate verification"}
	reported([], [{"key": "GIT_SSL_NO_VERIFY", "value": "yes", "line": 3}], [], []) == {"ENV GIT_SSL_NO_VERIFY=yes in stage/0 disables TLS certificate verification"}
	reported([], [{"key": "GIT_SSL_NO_VERIFY", "value": "0", "line": 3}], [], []) == {"ENV GIT_SSL_NO_VERIFY=0 in stage/0 disables TLS certificate verification (git skips verification whenever GIT_SSL_NO_VERIFY is set, whatever its value)"}
	reported([], [{"key": "PIP_TRUSTED_HOST", "value": "pypi.internal.example", "line": 3}], [], []) == {"ENV PIP_TRUSTED_HOST=pypi.internal.example in stage/0 disables TLS certificate verification"}
}

test_args_are_reported_with_the_default_the_stage_takes if {
	check.deny == {{"resource": "stage/0", "path": ["args", 0], "msg": "ARG NODE_TLS_REJECT_UNAUTHORIZED=0 in stage/0 disables TLS certificate verification for its RUN instructions"}} with input as {"type": "dockerfile", "globalArgs": [], "resources": [object.union(stage([], []), {"args": [{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "default": "0", "line": 2}]})]}
	reported([], [], [{"key": "PYTHONHTTPSVERIFY", "default": null, "line": 3}], [{"key": "PYTHONHTTPSVERIFY", "default": "1", "line": 1}, {"key": "PYTHONHTTPSVERIFY", "default": "0", "line": 2}]) == {"ARG PYTHONHTTPSVERIFY=0 in stage/0 disables TLS certificate verification for its RUN instructions"}
}

test_safe_args_and_commands_pass if {
	reported(
		["npm config set strict-ssl true", "git config --global http.sslVerify true", "dnf install -y --setopt=sslverify=1 agent", "echo GIT_SSL_NO_VERIFY= unset", "pip install --index-url https://pypi.internal.example/simple x"],
		[{"key": "PIP_TRUSTED_HOST", "value": "", "line": 3}, {"key": "NPM_CONFIG_STRICT_SSL", "value": "true", "line": 4}],
		[{"key": "GIT_SSL_NO_VERIFY", "default": null, "line": 5}, {"key": "NODE_TLS_REJECT_UNAUTHORIZED", "default": "1", "line": 6}],
		[{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "default": "0", "line": 1}],
	) == set()
}

test_a_global_arg_alone_does_not_reach_the_stage if {
	reported(["npm ci"], [], [], [{"key": "NODE_TLS_REJECT_UNAUTHORIZED", "default": "0", "line": 1}]) == set()
}
