# METADATA
# title: RDS parameter group does not enforce TLS connections
# description: >-
#   An aws_db_parameter_group or aws_rds_cluster_parameter_group for PostgreSQL
#   does not set rds.force_ssl = 1 (PostgreSQL 15 and later default to 1, so
#   there only an explicit 0 is reported), or one for MySQL, MariaDB or Aurora
#   MySQL does not set require_secure_transport = ON (MySQL 8.4 defaults to ON,
#   so there only an explicit OFF is reported). Clients can then connect
#   without TLS and query results travel in clear text. Aurora reads these
#   settings from the cluster parameter group only, so an instance-level
#   aws_db_parameter_group of an aurora-* family is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html
# custom:
#   id: EVD-TF-029
#   severity: medium
#   remediation: >-
#     Add parameter { name = "rds.force_ssl", value = "1" } (PostgreSQL) or
#     parameter { name = "require_secure_transport", value = "ON" } (MySQL,
#     MariaDB) to the parameter group.
#   selector:
#     input: terraform
#     resources: [aws_db_parameter_group, aws_rds_cluster_parameter_group]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI returned by the database must be protected in transmission to the application.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.rds_ssl_not_enforced

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# The parameter groups judged, each with its family's TLS setting
# (aws.rds_tls_setting: an instance-level group of an Aurora family is not judged).
groups := [[g, s] |
	some g in terraform.resources_of({"aws_db_parameter_group", "aws_rds_cluster_parameter_group"})
	family := g.config.family
	is_string(family)
	s := aws.rds_tls_setting(family, g.type == "aws_db_parameter_group")
]

deny contains f if {
	some [group, s] in groups
	not terraform.dynamic(group.config, "parameter")
	params := [[i, p] | some i, p in terraform.blocks(group.config, "parameter"); p.name == s.name]
	count(params) == 0
	not s.default_on
	f := finding.of(group, finding.format("%s (%s) does not set %s to enforce TLS", [group.id, group.config.family, s.name]))
}

deny contains f if {
	some [group, s] in groups
	some i, p in terraform.blocks(group.config, "parameter")
	p.name == s.name
	not values.is_unknown(p.value)
	not values.lower_text(p.value) in s.on
	f := finding.at(group, ["config", "parameter", i, "value"], finding.format("%s sets %s to %s, which does not enforce TLS", [group.id, s.name, values.lower_text(p.value)]))
}
