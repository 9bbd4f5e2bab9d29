package evident.checks.kubernetes.secret_committed_test

import data.evident.checks.kubernetes.secret_committed as check

secret(object) := {
	"id": "Secret/clinic/db", "apiVersion": "v1", "kind": "Secret", "name": "db", "namespace": "clinic",
	"file": "secret.yaml", "startLine": 1, "endLine": 20, "object": object,
}

test_real_values_are_reported_as_secrets if {
	check.deny == {
		{"resource": "Secret/clinic/db", "path": ["object", "data", "password"], "msg": "Secret/clinic/db commits the value of password (data) in clear text", "secret": true},
		{"resource": "Secret/clinic/db", "path": ["object", "stringData", "url"], "msg": "Secret/clinic/db commits the value of url (stringData) in clear text", "secret": true},
	} with input as {"type": "kubernetes", "resources": [secret({
		"type": "Opaque",
		"data": {
			"password": base64.encode("S3cure-Passw0rd!"),
			"placeholder": base64.encode("changeme"),
			"ca.crt": base64.encode("-----BEGIN CERTIFICATE-----"),
			"empty": "",
			"username": base64.encode("clinic_app"),
		},
		"stringData": {"url": "postgres://app:hunter22@db:5432/app", "template": "${DB_PASSWORD}"},
	})]}
}

test_placeholders_and_token_secrets_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		secret({"stringData": {"a": "<your-token>", "b": "xxxxxx", "c": "{{ .Values.password }}", "d": "TODO", "e": "abc"}}),
		secret({"type": "kubernetes.io/service-account-token", "data": {"token": base64.encode("eyJhbGciOiJSUzI1NiJ9.payload.signature")}}),
		secret({"data": {"sample": "my-secret", "owner": base64.encode("my-service-principal-client-secret\n"), "fill": "**access token goes here**"}}),
	]}
}

# A data value that is not base64 (Kubernetes rejects it) is judged as written: the value is in the
# repository all the same. The wasm runtime's base64.is_valid accepts it; values.is_base64 does not.
test_data_that_is_not_base64_is_judged_as_written if {
	check.deny == {{"resource": "Secret/clinic/db", "path": ["object", "data", "password_only"], "msg": "Secret/clinic/db commits the value of password_only (data) in clear text", "secret": true}} with input as {"type": "kubernetes", "resources": [secret({"data": {"password_only": "supersecretpassword", "user": "my-token"}})]}
}

kustomization(doc) := {
	"id": "Kustomization/app/kustomization.yaml", "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "name": "", "namespace": null,
	"file": "app/kustomization.yaml", "startLine": 1, "endLine": 20, "object": doc,
}

test_secret_generator_literals_are_reported if {
	check.deny == {{
		"resource": "Kustomization/app/kustomization.yaml", "path": ["object", "secretGenerator", 0, "literals", 0], "secret": true,
		"msg": "Kustomization/app/kustomization.yaml commits the value of DB_PASSWORD (secretGenerator db) in clear text",
	}} with input as {"type": "kubernetes", "resources": [kustomization({"secretGenerator": [
		{"name": "db", "literals": ["DB_PASSWORD=S3cr3t-Pa55word!", "username=records", "api.crt=-----BEGIN CERTIFICATE-----", "TOKEN=${TOKEN}", "EMPTY=", "=orphan"]},
		{"name": "tls", "files": ["tls.key"]},
	]})]}
}

test_generators_of_other_kinds_are_ignored if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [object.union(kustomization({"secretGenerator": [{"name": "db", "literals": ["DB_PASSWORD=S3cr3t-Pa55word!"]}]}), {"apiVersion": "kustomize.toolkit.fluxcd.io/v1"})]}
}

test_connection_details_by_last_word_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [secret({"stringData": {"DB_USER": "records", "postgres.host": "db.clinic.svc", "REDIS-PORT": "6379", "database": "records"}})]}
}

# The last word decides, in any case; a key that ends in a separator has no last word.
test_connection_detail if {
	check.connection_detail("user")
	check.connection_detail("DB_USER")
	check.connection_detail("postgres.host")
	check.connection_detail("REDIS-PORT")
	check.connection_detail("Db.Name.dbname")
	not check.connection_detail("DB_HOST_")
	not check.connection_detail("host.")
	not check.connection_detail("user_password")
	not check.connection_detail("hostname_key")
	not check.connection_detail("")
	not check.connection_detail("_")
}

# A Kustomize patch of a Secret that an overlay merges into a base it includes (input.patches).
test_values_in_an_overlay_patch_are_reported if {
	patch := object.union(secret({"stringData": {"password": "S3cure-Passw0rd!", "username": "clinic_app"}}), {"id": "Secret/db (patch overlays/prod/db.yaml:1)", "file": "overlays/prod/db.yaml"})
	check.deny == {{
		"resource": "Secret/db (patch overlays/prod/db.yaml:1)",
		"path": ["object", "stringData", "password"],
		"msg": "Secret/db (patch overlays/prod/db.yaml:1) commits the value of password (stringData) in clear text",
		"secret": true,
	}} with input as {"type": "kubernetes", "resources": [], "patches": [patch]}
}

# A configuration file in a Secret is reported for the credentials it holds, named in the message.
test_configuration_files_are_judged_by_their_credentials if {
	check.deny == {
		{
			"resource": "Secret/clinic/db", "path": ["object", "stringData", "alertmanager.yaml"], "secret": true,
			"msg": "Secret/clinic/db commits alertmanager.yaml (stringData) in clear text: the file holds smtp_auth_password (a secret by its name)",
		},
		{
			"resource": "Secret/clinic/db", "path": ["object", "data", "config.json"], "secret": true,
			"msg": "Secret/clinic/db commits config.json (data) in clear text: the file holds registry credentials (auths)",
		},
		{
			"resource": "Secret/clinic/db", "path": ["object", "stringData", "notify.yml"], "secret": true,
			"msg": "Secret/clinic/db commits notify.yml (stringData) in clear text: the file holds a webhook URL with its token",
		},
		{
			"resource": "Secret/clinic/db", "path": ["object", "stringData", "tls.conf"], "secret": true,
			"msg": "Secret/clinic/db commits tls.conf (stringData) in clear text: the file holds a private key",
		},
		{
			"resource": "Secret/clinic/db", "path": ["object", "stringData", "app.properties"], "secret": true,
			"msg": "Secret/clinic/db commits app.properties (stringData) in clear text: the file holds jdbc.url (a connection string with an embedded password)",
		},
	} with input as {"type": "kubernetes", "resources": [secret({
		"data": {"config.json": base64.encode(`{"auths": {"registry.clinic.example": {"auth": "Y2xpbmljOnMzY3IzdA=="}}}`)},
		"stringData": {
			"alertmanager.yaml": "global:\n  smtp_smarthost: mail.clinic.example:587\n  smtp_auth_username: alerts\n  smtp_auth_password: Kq8!vR2#pL5m\n",
			"notify.yml": "receivers:\n  - name: oncall\n    slack_configs:\n      - api_url: https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX\n",
			"tls.conf": "key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIEpAIBAAKCAQEA\n",
			"app.properties": "jdbc.url=postgres://records:Vq7xLm2pR9@db.clinic.svc:5432/records\n",
		},
	})]}
}

# Without a credential (Prometheus' additional scrape configs, Thanos' query endpoints), or with
# placeholders only, a configuration file is not a committed secret.
test_configuration_files_without_credentials_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [secret({
		"data": {"prometheus-additional.yaml": base64.encode("- job_name: \"prometheus\"\n  static_configs:\n  - targets: [\"localhost:9090\"]\n")},
		"stringData": {
			"query.yaml": `[{"static_configs": ["thanos-query.default.svc.cluster.local"]}]`,
			"alertmanager.yaml": "global:\n  smtp_auth_username: alerts\n  smtp_auth_password: ${SMTP_PASSWORD}\n",
			"Settings.INI": "[server]\nport = 8080\n",
		},
	})]}
}

# Keys that name other files (a private key, a Docker config Secret's .dockerconfigjson) are
# values, judged as before.
test_config_file if {
	check.config_file("prometheus-additional.yaml")
	check.config_file("Settings.INI")
	check.config_file("app.env")
	not check.config_file("server.key")
	not check.config_file(".dockerconfigjson")
	not check.config_file("yaml")
}

# A value that is only PEM certificates is public whatever its key; one with a private key is not.
test_certificates_without_a_private_key_pass if {
	check.deny == {{
		"resource": "Secret/clinic/db", "path": ["object", "data", "tls.pem"], "secret": true,
		"msg": "Secret/clinic/db commits the value of tls.pem (data) in clear text",
	}} with input as {"type": "kubernetes", "resources": [secret({
		"data": {
			"tls.ca": base64.encode("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"),
			"tls.pem": base64.encode("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----\n"),
		},
		"stringData": {"ca": "\n-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"},
	})]}
}

# A Cluster API ClusterResourceSet carries the manifests it applies to new clusters in a Secret:
# judged by the credentials they hold, placeholders filled in by clusterctl being none.
test_manifests_in_a_value_are_judged_by_their_credentials if {
	placeholders := concat("\n", [
		"apiVersion: v1", "kind: Secret", "metadata:", "  name: cloud-provider-vsphere-credentials", "  namespace: kube-system",
		"stringData:", `  ${VSPHERE_SERVER}.password: "${VSPHERE_PASSWORD}"`, `  ${VSPHERE_SERVER}.username: "${VSPHERE_USERNAME}"`,
		"type: Opaque",
	])
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [secret({"type": "addons.cluster.x-k8s.io/resource-set", "stringData": {"data": placeholders}})]}
	literal := replace(placeholders, `${VSPHERE_SERVER}.password: "${VSPHERE_PASSWORD}"`, `password: "Vc3nter!Adm1n-2024"`)
	check.deny == {{
		"resource": "Secret/clinic/db", "path": ["object", "stringData", "data"], "secret": true,
		"msg": "Secret/clinic/db commits data (stringData) in clear text: the file holds password (a secret by its name)",
	}} with input as {"type": "kubernetes", "resources": [secret({"type": "addons.cluster.x-k8s.io/resource-set", "stringData": {"data": literal}})]}
}
