# METADATA
# title: DocumentDB cluster parameter group turns TLS off
# description: >-
#   An AWS::DocDB::DBClusterParameterGroup has tls: disabled (in any case) in
#   its Parameters. Every cluster that uses the group then accepts
#   connections without TLS, so clients read and write documents in clear
#   text. Only an explicit "disabled" is reported: DocumentDB enables
#   encryption in transit by default (its default cluster parameter groups,
#   and so new custom groups, have tls = enabled), and the other allowed
#   values, enabled, fips-140-3, tls1.2+ and tls1.3+, all require TLS. Not
#   reported: a group whose Parameters has no tls, and Parameters or a tls
#   value that is not known statically (a Ref to a parameter without default,
#   an undecidable Fn::If). A cluster that names no parameter group uses the
#   default group, with TLS on.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/API_Parameter.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-dbclusterparametergroup.html
# custom:
#   id: EVD-CFN-079
#   severity: high
#   remediation: >-
#     Set tls in Parameters to enabled, or better tls1.2+ (tls1.3+ or
#     fips-140-3 where the engine version and Region support them), or remove
#     it so the group keeps the enabled default; then connect with TLS using
#     the Amazon DocumentDB CA bundle. The tls parameter is static: reboot the
#     cluster's instances to apply it.
#   selector:
#     input: cloudformation
#     resources: [AWS::DocDB::DBClusterParameterGroup]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI the application reads from and writes to the document database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.docdb_tls_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some group in cfn.resources("AWS::DocDB::DBClusterParameterGroup")
	value := group.properties.Parameters.tls
	is_string(value)
	lower(value) == "disabled"
	f := finding.at(group, ["properties", "Parameters", "tls"], finding.format("%s sets tls to disabled: DocumentDB clients connect without TLS", [group.id]))
}
