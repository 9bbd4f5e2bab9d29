# METADATA
# title: DocumentDB cluster parameter group turns TLS off
# description: >-
#   An aws_docdb_cluster_parameter_group has a parameter block with name =
#   "tls" and value = "disabled" (in any case). Every cluster that uses the
#   group then accepts connections without TLS, so clients read and write
#   documents in clear text. Only an explicit "disabled" is reported:
#   DocumentDB enables encryption in transit by default (its default cluster
#   parameter groups, and so new custom groups, have tls = enabled), and the
#   other allowed values, enabled, fips-140-3, tls1.2+ and tls1.3+, all
#   require TLS. Not reported: a group without a tls parameter, a tls name or
#   value that is not known statically, and parameters written in a dynamic
#   "parameter" block (their names and values are not known statically). A
#   cluster that names no parameter group uses the default group, with TLS
#   on.
# related_resources:
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html
#   - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/API_Parameter.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group
# custom:
#   id: EVD-TF-204
#   severity: high
#   remediation: >-
#     Set the tls parameter to enabled, or better tls1.2+ (tls1.3+ or
#     fips-140-3 where the engine version and Region support them), or remove
#     the parameter block so the group keeps the enabled default; then connect
#     with TLS using the Amazon DocumentDB CA bundle. The tls parameter is
#     static: reboot the cluster's instances to apply it.
#   selector:
#     input: terraform
#     resources: [aws_docdb_cluster_parameter_group]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: ePHI the application reads from and writes to the document database must be protected in transmission.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.docdb_tls_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some group in terraform.resources("aws_docdb_cluster_parameter_group")
	some i, p in terraform.blocks(group.config, "parameter")
	p.name == "tls"
	is_string(p.value)
	lower(p.value) == "disabled"
	f := finding.at(group, ["config", "parameter", i, "value"], finding.format("%s sets tls to disabled: DocumentDB clients connect without TLS", [group.id]))
}
