package evident.checks.dockerfile.package_signature_check_disabled_test

import data.evident.checks.dockerfile.package_signature_check_disabled as check

stage(commands) := {"id": "stage/0", "kind": "stage", "file": "Dockerfile", "startLine": 1, "endLine": 9, "runs": [{"command": c, "line": 2} | some c in commands]}

reported(command) := msgs if {
	findings := check.deny with input as {"type": "dockerfile", "resources": [stage([command])]}
	msgs := {f.msg | some f in findings}
}

msg(what) := concat("", ["RUN in stage/0 installs packages without verifying their signatures (", what, ")"])

test_each_package_manager_option_is_reported if {
	reported("apk add --no-cache --allow-untrusted /tmp/pkgs/*.apk") == {msg("apk --allow-untrusted")}
	reported("apt-get update && apt-get install -y --allow-unauthenticated records-agent") == {msg("apt-get --allow-unauthenticated")}
	reported("apt update --allow-insecure-repositories") == {msg("apt-get --allow-insecure-repositories")}
	reported("apt-get install -y --force-yes openssl") == {msg("apt-get --force-yes")}
	reported("apt-get -o APT::Get::AllowUnauthenticated=true install -y agent") == {msg("APT::Get::AllowUnauthenticated")}
	reported(`echo 'APT::Get::AllowUnauthenticated "true";' > /etc/apt/apt.conf.d/99unsigned`) == {msg("APT::Get::AllowUnauthenticated")}
	reported(`echo 'Acquire::AllowInsecureRepositories "1";' > /etc/apt/apt.conf.d/99insecure`) == {msg("Acquire::AllowInsecureRepositories")}
	reported(`echo "deb [trusted=yes] http://repo.example.org/debian stable main" > /etc/apt/sources.list.d/x.list`) == {msg("a repository marked [trusted=yes]")}
	reported(`echo "deb [arch=amd64 trusted=yes] https://repo.example.org stable main" >> /etc/apt/sources.list`) == {msg("a repository marked [trusted=yes]")}
	reported("yum install -y --nogpgcheck https://example.org/agent.rpm") == {msg("--nogpgcheck")}
	reported("microdnf install --nogpgcheck agent") == {msg("--nogpgcheck")}
	reported("dnf install -y --setopt=gpgcheck=0 agent") == {msg("gpgcheck=0")}
	reported("printf '[vendor]\\nbaseurl=https://repo.example.org\\ngpgcheck=0\\n' > /etc/yum.repos.d/vendor.repo") == {msg("gpgcheck=0")}
	reported("sed -i 's/gpgcheck=1/gpgcheck = false/' /etc/yum.conf") == {msg("gpgcheck=0")}
	reported("rpm -ivh --nosignature /tmp/agent.rpm") == {msg("rpm --nosignature/--nodigest")}
	reported("rpm -Uvh --nodigest --nofiledigest agent.rpm") == {msg("rpm --nosignature/--nodigest")}
	reported("zypper --no-gpg-checks install -y agent") == {msg("zypper --no-gpg-checks")}
}

test_the_finding_is_located_at_the_run if {
	check.deny == {{"resource": "stage/0", "path": ["runs", 1], "msg": msg("apk --allow-untrusted")}} with input as {"type": "dockerfile", "resources": [stage(["apk add curl", "apk add --allow-untrusted x.apk"])]}
}

test_verified_installs_and_look_alikes_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [stage([
		"apt-get update && apt-get install -y --no-install-recommends curl ca-certificates",
		`echo "deb [signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/debian bookworm stable" > /etc/apt/sources.list.d/docker.list`,
		"dnf install -y --setopt=install_weak_deps=False --setopt=gpgcheck=1 agent",
		"printf '[vendor]\\ngpgcheck=1\\nrepo_gpgcheck=0\\nlocalpkg_gpgcheck=0\\n' > /etc/yum.repos.d/vendor.repo",
		"rpm --import https://repo.example.org/RPM-GPG-KEY && rpm -ivh agent.rpm",
		"apk add --no-cache curl",
		"zypper --gpg-auto-import-keys refresh",
		"echo --force-yes is what apt-get once needed",
		"pip install --no-deps --force-reinstall agent",
	])]}
}
