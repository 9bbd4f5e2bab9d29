package evident.checks.kubernetes.config_map_secret_test

import data.evident.checks.kubernetes.config_map_secret as check

config_map(name, entries) := {
	"id": concat("/", ["ConfigMap", "clinic", name]), "apiVersion": "v1", "kind": "ConfigMap", "name": name, "namespace": "clinic",
	"file": "config.yaml", "startLine": 1, "endLine": 10,
	"object": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "clinic"}, "data": entries},
}

test_credentials_in_config_maps_are_reported if {
	check.deny == {
		{"resource": "ConfigMap/clinic/api", "path": ["object", "data", "DB_PASSWORD"], "secret": true, "msg": "ConfigMap/clinic/api stores DB_PASSWORD (a secret by its name) in a ConfigMap"},
		{"resource": "ConfigMap/clinic/api", "path": ["object", "data", "stripe.api-key"], "secret": true, "msg": "ConfigMap/clinic/api stores stripe.api-key (a secret by its name) in a ConfigMap"},
		{"resource": "ConfigMap/clinic/api", "path": ["object", "data", "DATABASE_URL"], "secret": true, "msg": "ConfigMap/clinic/api stores DATABASE_URL (a connection string with an embedded password) in a ConfigMap"},
	} with input as {"type": "kubernetes", "resources": [config_map("api", {
		"DB_PASSWORD": "Tq8#vX2!rLp9Wz",
		"stripe.api-key": "sk_live_51HqLyjWDarjtT1zdp7dc",
		"DATABASE_URL": "postgres://clinic:s3cr3t-Pa55@db.internal:5432/records",
		"LOG_LEVEL": "info",
	})]}
}

test_settings_placeholders_and_other_kinds_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		config_map("api", {
			"DB_PASSWORD_FILE": "/run/secrets/db-password",
			"TOKEN_EXPIRY_MINUTES": "30",
			"JWT_ALGORITHM": "RS256",
			"API_KEY": "${API_KEY}",
			"CLIENT_SECRET": "changeme",
			"SIGNING_KEY": "CHANGEME00000000",
			"SECRET_KEY": "",
			"DATABASE_URL": "postgres://clinic@db.internal:5432/records",
			"PASSWORD": "<password>",
		}),
		config_map("empty", {}),
		{
			"id": "Secret/clinic/db", "apiVersion": "v1", "kind": "Secret", "name": "db", "namespace": "clinic",
			"file": "secret.yaml", "startLine": 1, "endLine": 8,
			"object": {"kind": "Secret", "stringData": {"DB_PASSWORD": "Tq8#vX2!rLp9Wz"}, "data": {"DB_PASSWORD": "VHE4I3ZYMiFyTHA5V3o="}},
		},
	]}
}

test_credentials_in_embedded_configuration_files_are_reported if {
	check.deny == {
		{"resource": "ConfigMap/clinic/app", "path": ["object", "data", "application.properties"], "secret": true, "msg": "ConfigMap/clinic/app stores spring.datasource.password (a secret by its name) in a ConfigMap (in application.properties)"},
		{"resource": "ConfigMap/clinic/app", "path": ["object", "data", "settings.yaml"], "secret": true, "msg": "ConfigMap/clinic/app stores apiKey (a secret by its name) in a ConfigMap (in settings.yaml)"},
		{"resource": "ConfigMap/clinic/app", "path": ["object", "data", "settings.yaml"], "secret": true, "msg": "ConfigMap/clinic/app stores url (a connection string with an embedded password) in a ConfigMap (in settings.yaml)"},
		{"resource": "ConfigMap/clinic/app", "path": ["object", "data", "config.json"], "secret": true, "msg": "ConfigMap/clinic/app stores client_secret (a secret by its name) in a ConfigMap (in config.json)"},
	} with input as {"type": "kubernetes", "resources": [config_map("app", {
		"application.properties": "# database\nspring.datasource.url=jdbc:postgresql://db:5432/records\nspring.datasource.password=Zx9!kLm2Qp\nspring.datasource.password-file=/run/secrets/db\n",
		"settings.yaml": "payments:\n  apiKey: \"pk_9f8e7d6c5b4a3f2e1d0c\"\n  timeout: 30\nreports:\n  url: postgres://reports:Rk7!vQ2pLx9@reports-db:5432/reports\n",
		"config.json": "{\n  \"client_id\": \"records-api\",\n  \"client_secret\": \"b7Qz2!xLp9Vt4mW8\",\n  \"token_url\": \"https://idp.example.com/token\"\n}\n",
	})]}
}

test_embedded_files_without_credentials_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [config_map("app", {
		"application.properties": "spring.datasource.url=jdbc:postgresql://db:5432/records\nspring.datasource.password=${DB_PASSWORD}\n# password=Zx9!kLm2Qp\nsecurity.token.expiry=3600\n",
		"nginx.conf": "server {\n  listen 8080;\n  location / { proxy_pass http://api:8080; }\n}\n",
		"settings.yaml": "auth:\n  password_policy: strict\n  token: true\n",
	})]}
}

test_config_map_generator_literals_are_reported if {
	check.deny == {{
		"resource": "Kustomization/app/kustomization.yaml", "path": ["object", "configMapGenerator", 0, "literals", 0], "secret": true,
		"msg": "Kustomization/app/kustomization.yaml stores API_TOKEN (a secret by its name) in a ConfigMap (configMapGenerator app)",
	}} with input as {"type": "kubernetes", "resources": [{
		"id": "Kustomization/app/kustomization.yaml", "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "name": "", "namespace": null,
		"file": "app/kustomization.yaml", "startLine": 1, "endLine": 20,
		"object": {"configMapGenerator": [{"name": "app", "literals": ["API_TOKEN=\"f8Kq2LmX9pZ4vR7t\"", "LOG_LEVEL=info", "DB_PASSWORD_FILE=/run/secrets/db", "SECRET_KEY=${SECRET_KEY}"]}]},
	}]}
}

# A Kustomize patch of a ConfigMap that an overlay merges into a base it includes (input.patches).
test_credentials_in_an_overlay_patch_are_reported if {
	patch := object.union(config_map("api", {"DB_PASSWORD": "Vq7xLm2pR9sT", "LOG_LEVEL": "debug"}), {"id": "ConfigMap/api (patch overlays/prod/config.yaml:1)", "file": "overlays/prod/config.yaml"})
	check.deny == {{
		"resource": "ConfigMap/api (patch overlays/prod/config.yaml:1)",
		"path": ["object", "data", "DB_PASSWORD"],
		"secret": true,
		"msg": "ConfigMap/api (patch overlays/prod/config.yaml:1) stores DB_PASSWORD (a secret by its name) in a ConfigMap",
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
}
