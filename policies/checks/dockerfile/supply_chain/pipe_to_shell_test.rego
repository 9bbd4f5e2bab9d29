package evident.checks.dockerfile.pipe_to_shell_test

import data.evident.checks.dockerfile.pipe_to_shell as check

stage(commands) := {"id": "stage/0", "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 9, "runs": [{"command": c, "line": 2} | some c in commands]}

msg := "RUN in stage/0 pipes a downloaded script into a shell without verifying it"

test_pipes_and_substitutions_are_reported if {
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["curl -fsSL https://deb.nodesource.com/setup_20.x | bash -"])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["wget -qO- https://get.example.org | sudo sh"])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["bash <(curl -s https://x.example.org/i.sh)"])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["sh -c \"$(curl -fsSL https://x.example.org/install.sh)\""])]}
	count(check.deny) == 1 with input as {"type": "dockerfile", "resources": [stage(["curl -sSL https://install.python-poetry.org | python3 -"])]}
	check.deny == {{"resource": "stage/0", "path": ["runs", 0], "msg": msg}} with input as {"type": "dockerfile", "resources": [stage(["curl https://x | sh"])]}
}

test_downloads_to_files_and_other_pipes_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage([
		"curl -fsSLo /tmp/i.sh https://x.example.org/i.sh && echo \"$SUM  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh",
		"curl -fsSL https://x.example.org/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg",
		"cat setup.sh | sh",
		"curl -s https://api.example.org | jq .version",
	])]}
}
