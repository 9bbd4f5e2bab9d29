package evident.checks.dockerfile.secret_file_copied_test

import data.evident.checks.dockerfile.secret_file_copied as check

stage(index, name, from, final, adds) := {
	"id": concat("/", ["stage", name]), "kind": "stage", "index": index, "name": name, "final": final,
	"file": "Dockerfile", "startLine": 1, "endLine": 9, "from": from, "adds": adds,
}

copy(sources) := {"instruction": "COPY", "sources": sources, "destination": "/app/", "line": 2, "remote": false, "checksum": false, "fromStage": null}

image(ref) := {"ref": ref, "line": 1}

test_key_and_credential_files_are_reported if {
	check.deny == {
		{"resource": "stage/app", "path": ["adds", 0], "msg": "COPY in stage/app puts .npmrc (a package registry credentials file) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 1], "msg": "COPY in stage/app puts deploy/id_ed25519 (an SSH private key) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 1], "msg": "COPY in stage/app puts .env.production (an environment file) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 2], "msg": "COPY in stage/app puts certs/*.key (a private key file) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 3], "msg": "COPY in stage/app puts .aws/ (an AWS credentials folder) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 4], "msg": "COPY in stage/app puts gcp_service_account.json (a cloud service-account key) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 5], "msg": "COPY in stage/app puts tls/server-key.pem (a private key file) into the image's layers"},
		{"resource": "stage/app", "path": ["adds", 6], "msg": "COPY in stage/app puts app.keystore (a Java keystore) into the image's layers"},
	} with input as {"type": "dockerfile", "resources": [stage(0, "app", image("node:20"), true, [
		copy([".npmrc", "package.json", "./"]),
		copy(["deploy/id_ed25519", ".env.production", "/app/"]),
		copy(["certs/*.key"]),
		copy([".aws/"]),
		copy(["gcp_service_account.json"]),
		copy(["tls/server-key.pem", "tls/server.pem"]),
		copy(["app.keystore"]),
	])]}
}

test_ancestors_of_the_final_stage_count if {
	check.deny == {{"resource": "stage/base", "path": ["adds", 0], "msg": "COPY in stage/base puts .npmrc (a package registry credentials file) into the image's layers"}} with input as {"type": "dockerfile", "resources": [
		stage(0, "base", image("node:20"), false, [copy([".npmrc"])]),
		stage(1, "deps", {"ref": "BASE", "line": 3, "stage": true}, false, []),
		stage(2, "runtime", {"ref": "deps", "line": 5, "stage": true}, true, []),
	]}
}

test_build_stages_templates_and_other_sources_pass if {
	count(check.deny) == 0 with input as {"type": "dockerfile", "resources": [
		stage(0, "builder", image("node:20"), false, [copy([".npmrc", "package.json", "./"]), copy(["id_rsa"])]),
		stage(1, "runtime", image("node:20-slim"), true, [
			object.union(copy(["/app/dist"]), {"fromStage": "builder"}),
			copy([".env.example", ".env.local.sample", ".env.template"]),
			copy(["id_rsa.pub", "certs/ca.pem", "truststore.jks", ".", "src/"]),
			{"instruction": "ADD", "sources": ["https://example.org/key.pem"], "destination": "/opt/", "line": 4, "remote": true, "checksum": true, "fromStage": null},
		]),
	]}
}
