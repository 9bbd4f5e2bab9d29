package evident.checks.kubernetes.secret_in_plain_env_test

import data.evident.checks.kubernetes.secret_in_plain_env as check

workload(env) := {
	"id": "Deployment/clinic/api", "apiVersion": "apps/v1", "kind": "Deployment", "name": "api", "namespace": "clinic",
	"file": "deploy.yaml", "startLine": 1, "endLine": 30, "object": {},
	"podSpec": {"containers": [{"name": "api", "env": env}]},
}

test_secret_named_variable_with_literal_is_reported if {
	check.deny == {{
		"resource": "Deployment/clinic/api",
		"path": ["podSpec", "containers", 0, "env", 1, "value"],
		"secret": true,
		"msg": "container \"api\" of Deployment/clinic/api sets DB_PASSWORD (a secret by its name) as a literal value",
	}} with input as {"type": "kubernetes", "resources": [workload([
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2"},
	])]}
}

test_connection_string_with_password_is_reported if {
	check.deny == {{
		"resource": "Deployment/clinic/api",
		"path": ["podSpec", "containers", 0, "env", 0, "value"],
		"secret": true,
		"msg": "container \"api\" of Deployment/clinic/api sets DATABASE_URL (a connection string with an embedded password) as a literal value",
	}} with input as {"type": "kubernetes", "resources": [workload([{"name": "DATABASE_URL", "value": "postgres://app:s3cret@db:5432/clinic"}])]}
}

test_secret_key_ref_and_harmless_values_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload([
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "PASSWORD_MIN_LENGTH_POLICY_URL", "value": ""},
		{"name": "TOKENIZER_MODEL", "value": "bert"},
		{"name": "DATABASE_URL", "value": "postgres://db:5432/clinic"},
		{"name": "LOG_LEVEL", "value": "debug"},
	])]}
}

# A Kustomize patch that an overlay merges into a base it includes (input.patches) commits its
# literal too; the patch is located in its own file.
test_literal_in_an_overlay_patch_is_reported if {
	patch := object.union(workload([{"name": "API_TOKEN", "value": "tok-2f9c81d0e7"}]), {"id": "Deployment/api (patch overlays/staging/env.yaml:1)", "file": "overlays/staging/env.yaml"})
	check.deny == {{
		"resource": "Deployment/api (patch overlays/staging/env.yaml:1)",
		"path": ["podSpec", "containers", 0, "env", 0, "value"],
		"secret": true,
		"msg": "container \"api\" of Deployment/api (patch overlays/staging/env.yaml:1) sets API_TOKEN (a secret by its name) as a literal value",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [], "patches": [object.union(patch, {"podSpec": {"containers": [{"name": "api", "env": [{"name": "LOG_LEVEL", "value": "debug"}]}]}})]}
}

# Read as the other formats' environments are (lib/env.rego): a setting about a credential, a
# path, a placeholder and a reference to another variable are not secrets.
test_settings_paths_placeholders_and_references_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [workload([
		{"name": "DB_PASSWORD_FILE", "value": "/var/run/secrets/records-db/password"},
		{"name": "TOKEN_TTL", "value": "3600"},
		{"name": "SMTP_PASSWORD", "value": "changeme"},
		{"name": "API_TOKEN", "value": "${API_TOKEN}"},
		{"name": "DB_PASSWORD", "value": "$(DB_PASSWORD_FROM_SECRET)"},
		{"name": "DATABASE_URL", "value": "postgres://app:$(DB_PASSWORD)@db:5432/clinic"},
	])]}
}

test_a_reference_inside_a_longer_value_is_still_a_literal if {
	check.deny == {{
		"resource": "Deployment/clinic/api",
		"path": ["podSpec", "containers", 0, "env", 0, "value"],
		"secret": true,
		"msg": "container \"api\" of Deployment/clinic/api sets DB_PASSWORD (a secret by its name) as a literal value",
	}} with input as {"type": "kubernetes", "resources": [workload([{"name": "DB_PASSWORD", "value": "x$(SUFFIX)9Kq"}])]}
}
