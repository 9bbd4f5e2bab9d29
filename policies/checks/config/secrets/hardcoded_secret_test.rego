package evident.checks.config.hardcoded_secret_test

import data.evident.checks.config.hardcoded_secret as check

value(id, kind, label) := {
	"id": id, "file": "config/app.yaml", "startLine": 3, "endLine": 3, "document": 0,
	"path": split(id, "."), "key": "password",
	"secret": {"kind": kind, "format": "x", "label": label},
}

test_known_format_is_reported if {
	check.deny == {{
		"resource": "aws.accessKeyId",
		"path": ["value"],
		"msg": "Hard-coded AWS access key ID in aws.accessKeyId (****): load it from a secret manager or the environment",
		"secret": true,
	}} with input as {"type": "config", "resources": [value("aws.accessKeyId", "known-format", "AWS access key ID")]}
}

test_credential_key_is_reported if {
	check.deny == {{
		"resource": "db.password",
		"path": ["value"],
		"msg": "Hard-coded credential in db.password (****): load it from a secret manager or the environment",
		"secret": true,
	}} with input as {"type": "config", "resources": [value("db.password", "credential-key", "credential")]}
}

test_no_secrets_no_findings if {
	count(check.deny) == 0 with input as {"type": "config", "resources": []}
}
