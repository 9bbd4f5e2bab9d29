package evident.lib.env_test

import data.evident.lib.env
import data.evident.lib.values

# Committed credentials, by name or in a connection string.
test_credentials if {
	env.secret_reason("DB_PASSWORD", "Exp0rt-Audit-2024!") == "(a secret by its name)"
	env.secret_reason("db.password", "hunter22") == "(a secret by its name)"
	env.secret_reason("VIDEO_API_SECRET", "vv_live_8f3k2m9q1x7z") == "(a secret by its name)"
	env.secret_reason("STRIPE_API_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc") == "(a secret by its name)"
	env.secret_reason("CLIENT_SECRET", "aB3dE5gH7jK9") == "(a secret by its name)"
	env.secret_reason("DATABASE_URL", "postgres://app:s3cretPw@db:5432/clinic") == "(a connection string with an embedded password)"
}

# A function's environment variable: judged by secret_reason, then an AWS
# access key ID in the value whatever the name.
test_variable_secret if {
	env.variable_secret("DB_PASSWORD", "Exp0rt-Audit-2024!") == "(a secret by its name)"
	env.variable_secret("DATABASE_URL", "postgres://app:s3cretPw@db:5432/clinic") == "(a connection string with an embedded password)"
	env.variable_secret("AWS_ACCESS_KEY_ID", "AKIA2OGYBAH6STMMNXNN") == "(an AWS access key ID)"
	env.variable_secret("UPSTREAM", "id=ASIA2OGYBAH6STMMNXNN;region=eu-west-1") == "(an AWS access key ID)"
	env.variable_secret("ACCESS_KEY", "AKIA2OGYBAH6STMMNXNN") == "(a secret by its name)"
	not env.variable_secret("AWS_ACCESS_KEY_ID", "AKIA2OGYBAH6STMMNXNNX")
	not env.variable_secret("AWS_ACCESS_KEY_ID", "AKIA2OGYBAH6stmmnxnn")
	not env.variable_secret("REGION", "eu-west-1")
	not env.variable_secret("DB_PASSWORD", "changeme")
}

# A token or key named variable whose value is an identifier in camel case (a parameter's name,
# where !Ref was meant) holds no token; random-looking values and passwords still do.
test_identifiers_are_not_tokens if {
	not env.variable_secret("SLACK_TOKEN", "SlackToken")
	not env.variable_secret("API_KEY", "apiKeyValue")
	env.variable_secret("SLACK_TOKEN", "SlackToken2024") == "(a secret by its name)"
	env.variable_secret("API_KEY", "qKvTzRmWpLxN") == "(a secret by its name)"
	env.variable_secret("DB_PASSWORD", "CorrectHorse") == "(a secret by its name)"
}

# Settings about credentials, named like them (Airflow's and Datadog's documented settings among them).
test_settings_named_like_credentials if {
	not env.secret_reason("AIRFLOW__SECRETS__BACKEND", "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend")
	not env.secret_reason("DD_SECRET_BACKEND_COMMAND", "/readsecret.sh")
	not env.secret_reason("ACCESS_TOKEN_EXPIRE_MINUTES", "30")
	not env.secret_reason("ENABLE_TOKEN_AUTH", "true")
	not env.secret_reason("USE_SECRETS_MANAGER", "true")
	not env.secret_reason("PASSWORD_HASH_ALGORITHM", "bcrypt")
	not env.secret_reason("TOKEN_ISSUER", "https://auth.example.com/")
	not env.secret_reason("SECRETS_PREFIX", "/myapp/prod/")
	not env.secret_reason("AWS_SECRETS_MANAGER_REGION", "eu-west-1")
	not env.secret_reason("TOKEN_EXPIRY_SECONDS", "3600")
	not env.secret_reason("DB_SECRET", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
	not env.secret_reason("PWD", "/app")
	not env.secret_reason("JWT_SECRET_VERSION", "v2024a")
}

test_placeholders if {
	not env.secret_reason("API_KEY", "changeme")
	not env.secret_reason("API_KEY", "<your-api-key>")
	not env.secret_reason("API_KEY", "xxxxxxxx")
	not env.secret_reason("API_KEY", "REPLACE_ME")
	not env.secret_reason("API_KEY", "${API_KEY}")
	not env.secret_reason("password", "$email-password")
	not env.secret_reason("client_secret", "$oidc.keycloak.clientSecret")
	not env.secret_reason("API_KEY", "{{ api_key }}")
	not env.secret_reason("DB_PASSWORD", "****")
	not env.secret_reason("DD_API_KEY", "ENC[arn:aws:secretsmanager:eu-west-1:111122223333:secret:dd-api-key]")
	not env.secret_reason("DB_PASSWORD", "")
	not env.secret_reason("AUTH_TOKEN", "not a token")
}

# A connection string whose password is a placeholder carries no password.
test_url_placeholders if {
	not env.secret_reason("DATABASE_URL", "postgres://app:{password}@db/app")
	not env.secret_reason("DATABASE_URL", "postgres://app:%s@db/app")
	not env.secret_reason("DATABASE_URL", "postgres://app:<password>@db/app")
	not env.secret_reason("DATABASE_URL", "postgres://app:$DB_PASSWORD@db/app")
	not env.secret_reason("DATABASE_URL", "https://user:****@example.com/")
	not env.secret_reason("DATABASE_URL", "postgres://app:password@localhost/app")
	not env.secret_reason("DATABASE_URL", "https://example.com/path")
}

# Scripts: shell exports, cloud-init YAML, credentials files, flags and JSON, one description per secret.
test_script_secrets if {
	env.script_secrets(concat("\n", [
		"#!/bin/bash",
		"export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
		"export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"export AWS_DEFAULT_REGION=us-west-2",
		"export DATABASE_PASSWORD=\\\"SomeSortOfPassword\\\"",
		"echo export API_TOKEN=tok-9f2c81ab >> ~/.bashrc",
		"/opt/agent/install --api-key=ak_4f9a2c7e81d3",
		"git clone https://deploy:ghp_0123456789abcdef@github.com/clinic/app.git",
		"  password: Ubuntu-2024",
		"{\"client_secret\": \"aB3dE5gH7jK9\"}",
	])) == {
		["an AWS access key ID", "AKIAIOSFODNN7EXAMPLE"],
		["AWS_SECRET_ACCESS_KEY (a secret by its name)", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
		["DATABASE_PASSWORD (a secret by its name)", "SomeSortOfPassword"],
		["API_TOKEN (a secret by its name)", "tok-9f2c81ab"],
		["api-key (a secret by its name)", "ak_4f9a2c7e81d3"],
		["a connection string with an embedded password", "https://deploy:ghp_0123456789abcdef@github.com/clinic/app.git"],
		["password (a secret by its name)", "Ubuntu-2024"],
		["client_secret (a secret by its name)", "aB3dE5gH7jK9"],
	}
}

# An access key ID in a credentials file; a temporary one (ASIA) anywhere on a line.
test_script_access_key_ids if {
	env.script_secrets("[default]\naws_access_key_id = AKIA2OGYBAH6STMMNXNN\naws_secret_access_key = somesecret") == {["an AWS access key ID", "AKIA2OGYBAH6STMMNXNN"]}
	env.script_secrets("aws configure set aws_access_key_id ASIA2OGYBAH6STMMNXNN") == {["an AWS access key ID", "ASIA2OGYBAH6STMMNXNN"]}
	count(env.script_secrets("AKIA2OGYBAH6STMMNXNNX and xAKIA2OGYBAH6STMMNXNN and AKIA2OGYBAH6stmmnxnn")) == 0
}

# Expansions computed at boot, references, placeholders, hashes, settings and comments stay silent.
test_script_without_secrets if {
	count(env.script_secrets(concat("\n", [
		"#cloud-config",
		"# export DB_PASSWORD=<your password>",
		"export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)",
		"export API_TOKEN=\"${API_TOKEN}\"",
		"export PGPASSWORD=$DB_PASSWORD",
		"TOKEN=`cat /run/secrets/token`",
		"export SSM_PATH=/database/creds",
		"export GREETING=hello",
		"export DB_PASSWORD=changeme",
		"export API_KEY={{ api_key }}",
		"export AWS_ACCESS_KEY_ID=your_access_key_id_here",
		"export AWS_SECRET_ACCESS_KEY=your_secret_access_key_here",
		"passwd: $6$rounds=4096$saltsalt$3MEaFIL9Ut7IC2SxZTcbkNb6OKpnMWpK8ZBpNAbm3mo",
		"ssh_pwauth: false",
		"PASSWORD_FILE=/run/secrets/db",
		"curl -fsSL https://get.docker.com -o get-docker.sh",
		"git clone https://github.com/clinic/app.git",
		"psql postgres://app:$DB_PASSWORD@db/app",
		"echo \"$PASSWORD\" | docker login --username ci --password-stdin",
		"REM set PASSWORD=Secret123",
	]))) == 0
}

# A known string as written, or decoded from base64.
test_script_text if {
	env.script_text("export GREETING=hello") == "export GREETING=hello"
	env.script_text("ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi") == "export DATABASE_PASSWORD=\"SomeSortOfPassword\""
	env.script_text("H4sIAAAAAAAA") == "H4sIAAAAAAAA"

	# Eight base64 characters before any padding are decoded; fewer, or a length that is not a
	# multiple of 4, are text as written.
	env.script_text("dG9rZW4xMg==") == "token12"
	env.script_text("dG9rZW4x") == "token1"
	env.script_text("dG9rZW4=") == "dG9rZW4="
	env.script_text("dG9rZW4xM") == "dG9rZW4xM"
	not env.script_text({"__unknown__": "filebase64(\"init.sh\")", "refs": []})
}

# A heredoc the parser left unknown: its literal lines, interpolations and directives left out.
test_hcl_script if {
	env.hcl_script("#!/bin/bash\necho hi") == "#!/bin/bash\necho hi"
	env.hcl_script({"__unknown__": "<<-EOT\n  #!/bin/bash\n  export DB_HOST=${aws_db_instance.db.address}\n  %{ if var.debug }\n  export API_TOKEN=tok-9f2c81ab\n  %{ endif }\nEOT", "refs": ["aws_db_instance.db.address", "var.debug"]}) == "  #!/bin/bash\n  export API_TOKEN=tok-9f2c81ab"
	env.hcl_script({"__unknown__": "base64encode(<<EOF\nexport API_TOKEN=tok-9f2c81ab\nEOF\n)", "refs": []}) == "export API_TOKEN=tok-9f2c81ab"
	not env.hcl_script({"__unknown__": "templatefile(\"init.sh\", { db_password = var.db_password })", "refs": ["var.db_password"]})
	not env.hcl_script({"__unknown__": "var.user_data", "refs": ["var.user_data"]})
}

test_pgpassword_is_a_password if {
	env.secret_reason("PGPASSWORD", "clinic-2024") == "(a secret by its name)"
	not env.secret_reason("PGPASSWORD", "${PGPASSWORD}")
}

test_literal_lines if {
	env.literal_lines(["a", "b=${X}", "%{ if c }", "d"], ["${", "%{"]) == "a\nd"
	env.literal_lines(["a", "b=${X}", "%{ if c }", "d"], ["${"]) == "a\n%{ if c }\nd"
	env.literal_lines([], ["${"]) == ""
}

# camelCase names are cut into words; capitals written together stay with their word.
test_words_of_camel_case if {
	env.words("dbPassword") == ["DB", "PASSWORD"]
	env.words("oauth2Token") == ["OAUTH2", "TOKEN"]
	env.words("secretARN") == ["SECRET", "ARN"]
	env.words("DBPassword") == ["DBPASSWORD"]
	env.words("MySQLRootPassword") == ["MY", "SQLROOT", "PASSWORD"]
	env.words("spring.datasource.hikari.dataSourcePassword") == ["SPRING", "DATASOURCE", "HIKARI", "DATA", "SOURCE", "PASSWORD"]
	env.words("DB_PASSWORD_") == ["DB", "PASSWORD"]
	env.words("dbpassword") == ["DBPASSWORD"]
	env.words("K8S_TOKEN") == ["K8S", "TOKEN"]
}

# camelCase and run-together names of credentials (the conftest SAM sample's dbpassword).
test_camel_case_and_run_together_credentials if {
	env.secret_reason("dbPassword", "mypassword") == "(a secret by its name)"
	env.secret_reason("dbpassword", "mypassword") == "(a secret by its name)"
	env.secret_reason("DBPASSWORD", "mypassword") == "(a secret by its name)"
	env.secret_reason("DBPassword", "mypassword") == "(a secret by its name)"
	env.secret_reason("keyPassword", "storepass1") == "(a secret by its name)"
	env.secret_reason("keypassword", "storepass1") == "(a secret by its name)"
	env.secret_reason("apiToken", "tok-9f2c81ab") == "(a secret by its name)"
	env.secret_reason("githubtoken", "ghp_0123456789abcdef") == "(a secret by its name)"
	env.secret_reason("jwtSecret", "s3cr3t-Signing") == "(a secret by its name)"
	env.secret_reason("jwtsecret", "s3cr3t-Signing") == "(a secret by its name)"
	env.secret_reason("stripeApiKey", "sk_live_4eC39HqLyjWDarjtT1zdp7dc") == "(a secret by its name)"
	env.secret_reason("stripeapikey", "sk_live_4eC39HqLyjWDarjtT1zdp7dc") == "(a secret by its name)"
	env.secret_reason("clientSecret", "aB3dE5gH7jK9") == "(a secret by its name)"
	env.secret_reason("MySQLRootPassword", "clinic-2024") == "(a secret by its name)"
	env.secret_reason("javax.net.ssl.trustStorePassword", "clinic-2024") == "(a secret by its name)"
}

# Run together, only the credential words that end no ordinary word are read (not PASS, PWD
# or KEY); a run-together NO is a switch; camelCase settings about credentials stay settings.
test_camel_case_and_run_together_non_credentials if {
	not env.secret_reason("bypass", "internal-only")
	not env.secret_reason("proxyBypass", "localhost,169.254.169.254")
	not env.secret_reason("compass", "north-2024")
	not env.secret_reason("OLDPWD", "/home/app")
	not env.secret_reason("monkey", "Banana-2024")
	not env.secret_reason("hotkey", "Ctrl-Shift-K9")
	not env.secret_reason("NOPASSWD", "SETENV:")
	not env.secret_reason("nopassword", "enabled")
	not env.secret_reason("passwordFile", "run-secrets-db")
	not env.secret_reason("tokenExpirySeconds", "3600")
	not env.secret_reason("secretArn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
	not env.secret_reason("secretARN", "arn-of-the-secret-2024")
	not env.secret_reason("clientSecretName", "clinic-oidc-2024")
	not env.secret_reason("passwordEncoder", "bcrypt")
	not env.secret_reason("tokenStrategy", "Opaque2024")
	not env.secret_reason("secretProvider", "AwsSecretsManager")
	not env.secret_reason("passwordPattern", "^.{12,}$")
	not env.secret_reason("dbPassword", "changeme")
	not env.secret_reason("apiToken", "${API_TOKEN}")
	not env.secret_reason("dbpassword", "<db-password>")
	not env.secret_reason("tokenizer", "Bert-Base-2024")
}

# In scripts: camelCase flags and run-together assignments; sudoers' NOPASSWD is no password.
test_script_camel_case_secrets if {
	env.script_secrets(concat("\n", [
		"java -jar app.jar --dbPassword=Clinic-2024",
		"mysqlpassword=Clinic-2024",
		"echo 'app ALL=(ALL) NOPASSWD:SETENV: /usr/bin/systemctl' > /etc/sudoers.d/app",
	])) == {
		["dbPassword (a secret by its name)", "Clinic-2024"],
		["mysqlpassword (a secret by its name)", "Clinic-2024"],
	}
}

test_url_credentials if {
	env.url_credentials("https://builder:Tq8vX2rLp9Wz@bitbucket.org/acme/records.git") == "a password or token"
	env.url_credentials("https://ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ@github.com/acme/records.git") == "a token"
	env.url_credentials("https://0123456789abcdef0123456789abcdef01234567@github.com/acme/records") == "a token"
	env.url_credentials("https://Zk3pQ9vL2mX8rT4wB7nY@gitlab.com/acme/records.git") == "a token"
	not env.url_credentials("https://jdoe@bitbucket.org/acme/records.git")
	not env.url_credentials("https://build_user_2024_ci_bot@bitbucket.org/acme/records.git")
	not env.url_credentials("https://builder:${TOKEN}@bitbucket.org/acme/records.git")
	not env.url_credentials("https://github.com/acme/records.git")
}

# The cheap tests in front of the placeholder patterns (may_be_a_reference,
# values.may_match_a_pattern) and has_space leave the result as the patterns
# alone give it, value by value.
former_placeholder(value) if regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^\$[A-Za-z_][A-Za-z0-9_.-]*$|\$\{|\{\{|^<[^>]*>$|^%[A-Za-z_]+%$|^\*+$|^[xX]+$|^\.+$|^[0-9]+$|^arn:|^/[A-Za-z0-9_./-]*$|^ENC\[.*\]$`, trim_space(value))

former_placeholder(value) if {
	some pattern in values.placeholder_patterns
	regex.match(pattern, trim_space(value))
}

former_placeholder(value) if trim_space(value) == ""

former_placeholder(value) if lower(trim_space(value)) in values.placeholder_words

former_placeholder(value) if env.more_placeholder_words[lower(trim_space(value))]

guard_samples := [
	"${DB_PASSWORD}", "$DB_PASSWORD", "$db.password-1", "x${Y}z", "{{ .Values.password }}", "<password>",
	"%PASSWORD%", "****", "xxxx", "XXXX", "....", "12345", "arn:aws:secretsmanager:eu-west-1:1:secret:x",
	"/run/secrets/db", "ENC[abc]", "$(DB_PASSWORD)", "  ${X}  ", "CHANGEME00000000", "change-me", "ReplaceMe",
	"fixme", "TODO", "LICENSE_HERE", "{ GCP_SERVICE_ACCOUNT_JSON_HERE }", "xyz", "abc", "Ebc", "/not a path",
	"hunter2", "Zr4kQ9wTb2xLm7", "not-a-secret-manager", "password", "changeit", "tok-2f9c81d0e7", "s3cr3t!",
	"", " ", "(x)", "$", "<", "%", "{", "}}", "a", "E", "0", "x", ".", "*", "t", "c", "r", "f",
]

test_placeholder_guards_agree_with_the_patterns_alone if {
	disagree := {v | some v in guard_samples; not placeholder_agrees(v)}
	disagree == set()
	count({v | some v in guard_samples; env.placeholder(v)}) > 25
}

placeholder_agrees(v) if {
	env.placeholder(v)
	former_placeholder(v)
}

placeholder_agrees(v) if {
	not env.placeholder(v)
	not former_placeholder(v)
}

test_has_space_is_re2_space if {
	every v in ["a b", "a\tb", "a\nb", "a\rb", "a\fb", " "] {
		env.has_space(v)
		regex.match(`\s`, v)
	}
	every v in ["ab", "a-b", "", "a\u000bb", "a\u00a0b"] {
		not env.has_space(v)
		not regex.match(`\s`, v)
	}
}

# may_name_a_credential, the cheap test in front of words(), lets every credential word and pair
# through, and the names of the other tests too.
test_every_credential_word_has_a_fragment if {
	every word in (env.credential_words | env.suffix_words) | env.password_words {
		env.may_name_a_credential(word)
	}
	every pair in env.credential_pairs {
		env.may_name_a_credential(concat("_", pair))
	}
	not env.may_name_a_credential("LOG_LEVEL")
}
