# METADATA
# title: Dockerfile copies a key or credentials file into the image
# description: >-
#   A COPY or ADD of the build context, in the final stage or a stage the final
#   stage is built FROM, names a file that holds credentials by its name: an
#   SSH private key (id_rsa, id_ed25519, …) or an .ssh folder, a .env file, a
#   package-registry or netrc credentials file (.npmrc, .pypirc, .netrc,
#   .git-credentials, .dockercfg), a cloud credentials file or folder (.aws,
#   credentials.json, a service-account key), or a private key or keystore
#   (*.key, *key.pem, *.p12, *.pfx, keystores other than trust stores). Every
#   layer of the image keeps the file, even when a later RUN deletes it, so
#   whoever can pull the image gets the credential. Templates (.env.example,
#   .env.sample, .env.template, .env.dist), files copied from another stage or
#   image (--from), and copies in build stages the image does not derive from
#   (the multi-stage way to use a token without shipping it) are not reported.
#   A folder copied whole (COPY . .) is not judged: what it carries depends on
#   .dockerignore.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://docs.docker.com/build/building/multi-stage/
# custom:
#   id: EVD-DKR-007
#   severity: high
#   remediation: >-
#     Do not copy credentials into the image: pass them to the build with RUN
#     --mount=type=secret (docker build --secret) or --mount=type=ssh, use them
#     in a build stage whose files the final stage does not inherit, and give
#     the running container its secrets at run time from the orchestrator's
#     secret store. Rotate a credential that was shipped in an image.
#   selector:
#     input: dockerfile
#     resources: [stage]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A credential shipped in an image lets anyone who can pull it authenticate as the service to systems with ePHI.
#     gdpr: Credentials distributed with images undermine the confidentiality of the personal data they protect.
package evident.checks.dockerfile.secret_file_copied

import data.evident.lib.finding

deny contains f if {
	some stage in input.resources
	stage.index in image_stages
	some i, add in stage.adds
	not add.remote
	add.fromStage == null
	some source in add.sources
	label := secret_file(base_name(source))
	f := finding.at(stage, ["adds", i], finding.format("%s in %s puts %s (%s) into the image's layers", [add.instruction, stage.id, source, label]))
}

# image_stages: the indexes of the final stage and of the stages it is built FROM, directly or
# through other stages: their layers are the image's.
image_stages := graph.reachable(parents, {stage.index | some stage in input.resources; stage.final})

parents[stage.index] := {parent.index |
	stage.from.stage == true
	some parent in input.resources
	is_string(parent.name)
	lower(parent.name) == lower(stage.from.ref)
} if some stage in input.resources

# base_name(source): the last path segment, lower-cased ("keys/id_rsa" → "id_rsa", ".ssh/" → ".ssh").
base_name(source) := lower(segments[count(segments) - 1]) if {
	segments := [s | some s in split(trim_right(source, "/"), "/"); s != ""]
	count(segments) > 0
}

ssh_keys := {"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"}

credential_files := {
	".npmrc": "a package registry credentials file",
	".pypirc": "a package registry credentials file",
	".netrc": "a netrc credentials file",
	"_netrc": "a netrc credentials file",
	".git-credentials": "a git credentials file",
	".dockercfg": "a registry credentials file",
	".ssh": "an SSH folder",
	".aws": "an AWS credentials folder",
	".gnupg": "a GnuPG keyring folder",
	"credentials.json": "a cloud credentials file",
}

env_templates := {"example", "sample", "template", "dist", "defaults"}

secret_file(name) := "an SSH private key" if name in ssh_keys

else := label if label := credential_files[name]

else := "an environment file" if name == ".env"

else := "an environment file" if {
	startswith(name, ".env.")
	not env_template(name)
}

else := "a cloud service-account key" if {
	endswith(name, ".json")
	contains(replace(name, "_", "-"), "service-account")
}

else := "a private key file" if endswith(name, ".key")

else := "a private key file" if private_pem(name)

else := "a PKCS#12 keystore" if endswith(name, ".p12")

else := "a PKCS#12 keystore" if endswith(name, ".pfx")

else := "a Java keystore" if {
	some extension in [".jks", ".keystore"]
	endswith(name, extension)
	not contains(name, "trust")
	not contains(name, "cacerts")
}

# .env.example, .env.local.sample, …: a template of the variables, without their values.
env_template(name) if {
	some part in split(name, ".")
	part in env_templates
}

private_pem(name) if {
	endswith(name, ".pem")
	some marker in ["key.pem", "privkey", "private"]
	contains(name, marker)
}
