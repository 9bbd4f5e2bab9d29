package evident.lib.env_test

import data.evident.lib.env

# Committed credentials, by name or in a connection string.
test_credentials if {
	env.secret_reason("DB_PASSWORD", "Exp0rt-Audit-2024!") == "(a secret by its name)"
	env.secret_reason("db.password", "hunter22") == "(a secret by its name)"
	env.secret_reason("VIDEO_API_SECRET", "vv_live_8f3k2m9q1x7z") == "(a secret by its name)"
	env.secret_reason("STRIPE_API_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc") == "(a secret by its name)"
	env.secret_reason("CLIENT_SECRET", "aB3dE5gH7jK9") == "(a secret by its name)"
	env.secret_reason("DATABASE_URL", "postgres://app:s3cretPw@db:5432/clinic") == "(a connection string with an embedded password)"
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
