# METADATA
# title: Redshift does not require SSL connections
# description: >-
#   An aws_redshift_parameter_group does not set the require_ssl parameter to
#   true, or an aws_redshift_cluster uses the default parameter group (no
#   cluster_parameter_group_name), whose require_ssl is false. Clients may then
#   connect without TLS and query results travel in clear text.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html
# custom:
#   id: EVD-TF-018
#   severity: medium
#   remediation: >-
#     Use a parameter group with parameter { name = "require_ssl", value = "true" }
#     and set cluster_parameter_group_name on the cluster.
#   selector:
#     input: terraform
#     resources: [aws_redshift_parameter_group, aws_redshift_cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Query results with ePHI must be protected in transmission to clients.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.terraform.redshift_ssl_not_required

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# Each require_ssl parameter that is not true (one finding each: a group may repeat it).
deny contains f if {
	some group in terraform.resources("aws_redshift_parameter_group")
	not terraform.dynamic(group.config, "parameter")
	not requires_ssl(group)
	some [i, p] in require_ssl_params(group)
	f := finding.at(group, ["config", "parameter", i, "value"], finding.format("%s sets require_ssl to %s", [group.id, values.lower_text(p.value)]))
}

deny contains f if {
	some group in terraform.resources("aws_redshift_parameter_group")
	not terraform.dynamic(group.config, "parameter")
	count(require_ssl_params(group)) == 0
	f := finding.of(group, finding.format("%s does not set require_ssl = true", [group.id]))
}

deny contains f if {
	some cluster in terraform.resources("aws_redshift_cluster")
	not values.has_key(cluster.config, "cluster_parameter_group_name")
	f := finding.of(cluster, finding.format("%s uses the default parameter group, which does not require SSL", [cluster.id]))
}

require_ssl_params(group) := [[i, p] |
	some i, p in terraform.blocks(group.config, "parameter")
	p.name == "require_ssl"
]

requires_ssl(group) if {
	some [_, p] in require_ssl_params(group)
	values.lower_text(p.value) == "true"
}

requires_ssl(group) if {
	some [_, p] in require_ssl_params(group)
	values.is_unknown(p.value)
}
