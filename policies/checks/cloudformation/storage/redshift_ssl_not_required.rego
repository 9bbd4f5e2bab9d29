# METADATA
# title: Redshift does not require SSL connections
# description: >-
#   An AWS::Redshift::ClusterParameterGroup does not set the require_ssl
#   parameter to true in its Parameters, or an AWS::Redshift::Cluster has no
#   ClusterParameterGroupName and so uses the default parameter group, whose
#   require_ssl is false. Clients may then connect without TLS and query
#   results travel in clear text. As for Terraform, a cluster that names a
#   parameter group is not judged itself: the group, when it is declared in the
#   template, is. Not reported: a group whose Parameters, or one of whose
#   entries or parameter names, is not known statically, a require_ssl value
#   that is not known statically (a parameter without default), and a cluster
#   whose ClusterParameterGroupName comes from a parameter or another stack.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clusterparametergroup.html
# custom:
#   id: EVD-CFN-057
#   severity: medium
#   remediation: >-
#     Add { ParameterName: require_ssl, ParameterValue: "true" } to the
#     Parameters of an AWS::Redshift::ClusterParameterGroup and set the
#     cluster's ClusterParameterGroupName to it (!Ref the group).
#   selector:
#     input: cloudformation
#     resources: [AWS::Redshift::ClusterParameterGroup, AWS::Redshift::Cluster]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Query results with ePHI must be protected in transmission to clients.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.redshift_ssl_not_required

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some group in judged_groups
	some [i, p] in require_ssl_params(group)
	value := object.get(p, "ParameterValue", null)
	path := value_path(p, i)
	f := finding.at(group, path, finding.format("%s sets require_ssl to %s", [group.id, values.lower_text(value)]))
}

deny contains f if {
	some group in judged_groups
	count(require_ssl_params(group)) == 0
	f := finding.of(group, finding.format("%s does not set the require_ssl parameter to true", [group.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::Redshift::Cluster")
	not cfn.given(cluster.properties, "ClusterParameterGroupName")
	f := finding.of(cluster, finding.format("%s uses the default parameter group, which does not require SSL", [cluster.id]))
}

# judged_groups: the parameter groups whose every parameter name is known and
# that do not require SSL.
judged_groups := [group |
	some group in cfn.resources("AWS::Redshift::ClusterParameterGroup")
	not unknowable(group.properties)
	not requires_ssl(group)
]

# unknowable(props): Parameters, one of its entries or a parameter name is not
# known statically, so require_ssl may be among them.
unknowable(props) if values.is_unknown(props.Parameters)

unknowable(props) if {
	some p in cfn.as_list(object.get(props, "Parameters", []))
	not known_entry(p)
}

known_entry(p) if {
	values.known_object(p)
	not values.is_unknown(p.ParameterName)
}

# require_ssl_params(group): [index, entry] of the entries that set require_ssl.
require_ssl_params(group) := [[i, p] |
	some i, p in cfn.as_list(object.get(group.properties, "Parameters", []))
	p.ParameterName == "require_ssl"
]

requires_ssl(group) if {
	some [_, p] in require_ssl_params(group)
	cfn.is_true(p.ParameterValue)
}

requires_ssl(group) if {
	some [_, p] in require_ssl_params(group)
	values.is_unknown(p.ParameterValue)
}

value_path(p, i) := ["properties", "Parameters", i, "ParameterValue"] if values.has_key(p, "ParameterValue")

else := ["properties", "Parameters", i]
