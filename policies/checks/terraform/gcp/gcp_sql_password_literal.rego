# METADATA
# title: Cloud SQL user or root password is written in the code
# description: >-
#   A Cloud SQL database user or instance sets its password to a literal:
#   password of google_sql_user, root_password of google_sql_database_instance
#   (the initial password of the root / sqlserver user), and their write-only
#   password_wo and root_password_wo of google provider v6 (kept out of the
#   state, but still committed with the code). The credential that opens the
#   database is then in the repository and its history (and, except for the
#   write-only arguments, in the state). A value that comes from a
#   secret-looking variable with a committed value is reported by EVD-TF-057
#   instead, at the variable. Not reported: a value that cannot be resolved (a
#   variable without value, random_password, a Secret Manager secret), users
#   without a password (IAM database authentication: type CLOUD_IAM_USER or
#   CLOUD_IAM_SERVICE_ACCOUNT), and plan files, whose values may have been
#   passed at plan time (TF_VAR_*), not written in code.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_user#password_wo
#   - ref: https://cloud.google.com/sql/docs/postgres/iam-authentication
#   - ref: https://developer.hashicorp.com/terraform/language/resources/ephemeral/write-only
# custom:
#   id: EVD-TF-218
#   severity: high
#   remediation: >-
#     Prefer IAM database authentication (a google_sql_user of type
#     CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT); where a password is needed,
#     generate it (random_password) and keep it in Secret Manager, or read it
#     from Secret Manager into the write-only password_wo / root_password_wo;
#     rotate the committed password.
#   selector:
#     input: terraform
#     resources: [google_sql_user, google_sql_database_instance]
#   controls:
#     hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)", "164.312(a)(1)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: A database password in source code defeats authentication of access to the ePHI it stores.
#     gdpr: A leaked database credential compromises the confidentiality of the personal data it protects.
package evident.checks.terraform.gcp_sql_password_literal

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

# The write-only arguments of google provider v6 (password_wo,
# root_password_wo) are kept out of the state, but a literal written there is
# still committed with the code.
password_attrs := {
	"google_sql_user": ["password", "password_wo"],
	"google_sql_database_instance": ["root_password", "root_password_wo"],
}

deny contains f if {
	not input.format == "plan"
	some type, attrs in password_attrs
	some r in terraform.resources(type)
	some attr in attrs
	value := r.config[attr]
	aws.code_secret(value)
	f := finding.secret_at(r, ["config", attr], finding.format("%s sets %s to a literal value", [r.id, attr]))
}
