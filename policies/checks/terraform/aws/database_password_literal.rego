# METADATA
# title: Database master password is written in the code
# description: >-
#   A database resource sets its master password or auth token to a literal:
#   password of aws_db_instance, master_password of aws_rds_cluster,
#   aws_redshift_cluster and aws_docdb_cluster, auth_token of
#   aws_elasticache_replication_group, and the write-only password_wo /
#   master_password_wo of AWS provider v6 (kept out of the state, but still
#   committed with the code), and the master_user_password of an OpenSearch or
#   Elasticsearch domain's fine-grained access control. The credential that opens the database
#   is then in the repository and its history (and in the state). A value that
#   comes from a secret-looking variable with a committed value is reported by
#   EVD-TF-057 instead, at the variable. Plan files are not judged: their
#   values may have been passed at plan time (TF_VAR_*), not written in code.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
# custom:
#   id: EVD-TF-058
#   severity: high
#   remediation: >-
#     Use manage_master_user_password = true (RDS, Aurora, Redshift) so the
#     password lives in Secrets Manager, or pass it from a secrets manager data
#     source; rotate the committed password.
#   selector:
#     input: terraform
#     resources: [aws_db_instance, aws_rds_cluster, aws_redshift_cluster, aws_docdb_cluster, aws_elasticache_replication_group, aws_opensearch_domain, aws_elasticsearch_domain]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A database password in source code defeats authentication of access to the ePHI it stores.
#     gdpr: A leaked database credential compromises the confidentiality of the personal data it protects.
package evident.checks.terraform.database_password_literal

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

# The write-only arguments of AWS provider v6 (password_wo, master_password_wo)
# are kept out of the state, but a literal written there is still committed
# with the code.
password_attrs := {
	"aws_db_instance": ["password", "password_wo"],
	"aws_rds_cluster": ["master_password", "master_password_wo"],
	"aws_redshift_cluster": ["master_password", "master_password_wo"],
	"aws_docdb_cluster": ["master_password", "master_password_wo"],
	"aws_elasticache_replication_group": ["auth_token"],
}

deny contains f if {
	not input.format == "plan"
	some type, attrs in password_attrs
	some db in terraform.resources(type)
	some attr in attrs
	value := db.config[attr]
	aws.literal_secret(value)
	not value in aws.committed_secret_values
	f := finding.secret_at(db, ["config", attr], finding.format("%s sets %s to a literal value", [db.id, attr]))
}

# advanced_security_options { master_user_options { master_user_password } }
# of a search domain: the internal master user of fine-grained access control.
deny contains f if {
	not input.format == "plan"
	some domain in terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})
	some i, security in terraform.blocks(domain.config, "advanced_security_options")
	some j, master in terraform.blocks(security, "master_user_options")
	value := master.master_user_password
	aws.literal_secret(value)
	not value in aws.committed_secret_values
	f := finding.secret_at(domain, ["config", "advanced_security_options", i, "master_user_options", j, "master_user_password"], finding.format("%s sets master_user_password to a literal value", [domain.id]))
}
