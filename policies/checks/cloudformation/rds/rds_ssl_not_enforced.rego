# METADATA
# title: RDS parameter group does not enforce TLS connections
# description: >-
#   An AWS::RDS::DBParameterGroup or AWS::RDS::DBClusterParameterGroup for
#   PostgreSQL (Family postgresNN or aurora-postgresqlNN) has no
#   rds.force_ssl of 1 in its Parameters (PostgreSQL 15 and later default to
#   1, so there only an explicit 0 is reported), or one for MySQL, MariaDB or
#   Aurora MySQL has no require_secure_transport of ON (MySQL 8.4 defaults to
#   ON, so there only an explicit OFF is reported). Clients can then connect
#   without TLS and query results travel in clear text. Aurora reads these
#   settings from the cluster parameter group only, so an instance-level
#   AWS::RDS::DBParameterGroup of an aurora-* family is not judged. Values
#   are read as written, numbers or strings in any case (1, "1", "ON",
#   "true"). Not reported: other engines (Oracle, SQL Server), and a Family,
#   Parameters or value that is not known statically (a parameter without
#   default, an undecidable Fn::If). A database that names no parameter group
#   uses the engine's default group, which this check does not see.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbparametergroup.html
# custom:
#   id: EVD-CFN-067
#   severity: medium
#   remediation: >-
#     Add "rds.force_ssl": "1" (PostgreSQL) or "require_secure_transport":
#     "ON" (MySQL, MariaDB, Aurora MySQL) to the Parameters of the parameter
#     group (for Aurora, of the AWS::RDS::DBClusterParameterGroup).
#   selector:
#     input: cloudformation
#     resources: [AWS::RDS::DBParameterGroup, AWS::RDS::DBClusterParameterGroup]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI returned by the database must be protected in transmission to the application.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.rds_ssl_not_enforced

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# The parameter groups judged, each with its family's TLS setting
# (aws.rds_tls_setting: an instance-level group of an Aurora family is not judged).
groups := [[g, s] |
	some g in cfn.resources_of(["AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup"])
	family := g.properties.Family
	is_string(family)
	s := aws.rds_tls_setting(family, g.type == "AWS::RDS::DBParameterGroup")
]

deny contains f if {
	some [group, s] in groups
	not s.default_on
	not_set(group.properties, s.name)
	f := finding.of(group, finding.format("%s (%s) does not set %s to enforce TLS", [group.id, group.properties.Family, s.name]))
}

deny contains f if {
	some [group, s] in groups
	value := group.properties.Parameters[s.name]
	value != null
	not values.is_unknown(value)
	not values.lower_text(value) in s.on
	f := finding.at(group, ["properties", "Parameters", s.name], finding.format("%s sets %s to %s, which does not enforce TLS", [group.id, s.name, values.lower_text(value)]))
}

# not_set(props, name): Parameters is absent, or a known map without `name`.
not_set(props, _) if values.absent_or_null(props, "Parameters")

not_set(props, name) if {
	values.known_object(props.Parameters)
	values.absent_or_null(props.Parameters, name)
}
