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
		secret({"data": {"bad": "not base64 !!"}}),
	]}
}
