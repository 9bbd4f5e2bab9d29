# METADATA
# title: Resource password, key or token is written in the code
# description: >-
#   A resource argument that holds a credential is set to a literal: password of aws_db_instance, master_password of aws_rds_cluster,
#   aws_redshift_cluster and aws_docdb_cluster, auth_token of
#   aws_elasticache_replication_group, and the write-only password_wo /
#   master_password_wo of AWS provider v6 (kept out of the state, but still
#   committed with the code), the master_user_password of an OpenSearch or
#   Elasticsearch domain's fine-grained access control; admin_user_password of
#   a Redshift Serverless namespace or a DocumentDB elastic cluster,
#   master_password of a Lightsail database, the password of a DMS endpoint
#   (the source or target database's), of an Amazon MQ broker user and of a
#   Directory Service directory (its Admin), the passwords of ElastiCache and
#   MemoryDB users, the PASSWORD property of a Glue connection, and the secret
#   key or password a DataSync location uses to read object storage or an SMB
#   share, the secret_string of a Secrets Manager secret version, an Amplify
#   app's repository access or OAuth token and basic-auth credentials (app and
#   branch), and a CodeBuild source credential's token (a secret version
#   whose value is a placeholder, or whose lifecycle ignores changes to it, is
#   left out: the real value is written later, outside the code). The credential that opens the data is then in the repository and its
#   history (and in the state). A value that comes from a secret-looking
#   variable with a committed value is reported by EVD-TF-057 instead, at the
#   variable. Plan files are not judged: their values may have been passed at
#   plan time (TF_VAR_*), not written in code.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
# custom:
#   id: EVD-TF-058
#   severity: high
#   remediation: >-
#     Use manage_master_user_password = true (RDS, Aurora, Redshift) so the
#     password lives in Secrets Manager, point DMS endpoints and Glue connections
#     at a Secrets Manager secret (secrets_manager_arn, SECRET_ID), or pass the
#     value from a secrets manager data source or an ephemeral resource; rotate
#     the committed credential.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster, aws_redshift_cluster, aws_docdb_cluster, aws_elasticache_replication_group, aws_opensearch_domain, aws_elasticsearch_domain, aws_redshiftserverless_namespace, aws_docdbelastic_cluster, aws_lightsail_database, aws_dms_endpoint, aws_directory_service_directory, aws_datasync_location_object_storage, aws_datasync_location_smb, aws_mq_broker, aws_elasticache_user, aws_memorydb_user, aws_glue_connection, aws_secretsmanager_secret_version, aws_amplify_app, aws_amplify_branch, aws_codebuild_source_credential]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A credential in source code defeats authentication of access to the ePHI behind it, and password management.
#     gdpr: A leaked credential compromises the confidentiality of the personal data it protects.
package evident.checks.terraform.database_password_literal

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The write-only arguments of AWS provider v6 (password_wo, master_password_wo)
# are kept out of the state, but a literal written there is still committed
# with the code.
password_attrs := {
	"aws_db_instance": ["password", "password_wo"],
	"aws_rds_cluster": ["master_password", "master_password_wo"],
	"aws_redshift_cluster": ["master_password", "master_password_wo"],
	"aws_docdb_cluster": ["master_password", "master_password_wo"],
	"aws_elasticache_replication_group": ["auth_token"],
	"aws_redshiftserverless_namespace": ["admin_user_password", "admin_user_password_wo"],
	"aws_docdbelastic_cluster": ["admin_user_password"],
	"aws_lightsail_database": ["master_password"],
	"aws_dms_endpoint": ["password"],
	"aws_directory_service_directory": ["password"],
	"aws_datasync_location_object_storage": ["secret_key"],
	"aws_datasync_location_smb": ["password"],
	"aws_secretsmanager_secret_version": ["secret_string", "secret_string_wo"],
	"aws_amplify_app": ["access_token", "oauth_token", "basic_auth_credentials"],
	"aws_amplify_branch": ["basic_auth_credentials"],
	"aws_codebuild_source_credential": ["token"],
}

deny contains f if {
	not input.format == "plan"
	some type, attrs in password_attrs
	some db in terraform.resources(type)
	some attr in attrs
	aws.code_secret(db.config[attr])
	not placeholder_version(db, attr)
	f := finding.secret_at(db, ["config", attr], finding.format("%s sets %s to a literal value", [db.id, attr]))
}

# advanced_security_options { master_user_options { master_user_password } }
# of a search domain: the internal master user of fine-grained access control.
deny contains f if {
	not input.format == "plan"
	some domain in terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})
	some i, security in terraform.blocks(domain.config, "advanced_security_options")
	some j, master in terraform.blocks(security, "master_user_options")
	aws.code_secret(master.master_user_password)
	f := finding.secret_at(domain, ["config", "advanced_security_options", i, "master_user_options", j, "master_user_password"], finding.format("%s sets master_user_password to a literal value", [domain.id]))
}

# user { password } of an Amazon MQ broker (ActiveMQ's users, RabbitMQ's admin).
deny contains f if {
	not input.format == "plan"
	some broker in terraform.resources("aws_mq_broker")
	some i, user in terraform.blocks(broker.config, "user")
	aws.code_secret(user.password)
	f := finding.secret_at(broker, ["config", "user", i, "password"], finding.format("%s sets a user's password to a literal value", [broker.id]))
}

# The passwords of an ElastiCache user (passwords, or authentication_mode { passwords }) and of a
# MemoryDB user (authentication_mode { passwords }).
deny contains f if {
	not input.format == "plan"
	some user in terraform.resources_of({"aws_elasticache_user", "aws_memorydb_user"})
	some path in password_lists(user.config)
	some j, value in object.get(user.config, path, [])
	aws.code_secret(value)
	f := finding.secret_at(user, array.concat(array.concat(["config"], path), [j]), finding.format("%s sets a password to a literal value", [user.id]))
}

password_lists(cfg) := array.concat(
	[["passwords"] | is_array(cfg.passwords)],
	[["authentication_mode", i, "passwords"] | some i, mode in terraform.blocks(cfg, "authentication_mode"); is_array(mode.passwords)],
)

# connection_properties = { PASSWORD = "…" } of a Glue connection (JDBC, MongoDB, Kafka's SASL
# password too).
deny contains f if {
	not input.format == "plan"
	some connection in terraform.resources("aws_glue_connection")
	some key, value in connection.config.connection_properties
	upper(key) in aws.glue_password_properties
	aws.code_secret(value)
	f := finding.secret_at(connection, ["config", "connection_properties", key], finding.format("%s sets connection property %s to a literal value", [connection.id, key]))
}

# placeholder_version(r, attr): a Secrets Manager secret version whose literal is a placeholder
# word or pattern, or whose lifecycle ignores changes to it: the value a person or a rotation
# function writes later is not in the code.
placeholder_version(r, attr) if {
	r.type == "aws_secretsmanager_secret_version"
	terraform.ignores_changes(r, attr)
}

placeholder_version(r, attr) if {
	r.type == "aws_secretsmanager_secret_version"
	values.placeholder_text(r.config[attr])
}
