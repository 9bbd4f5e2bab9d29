# METADATA
# title: OpenSearch Serverless network policy opens collections to the internet
# description: >-
#   An AWS::OpenSearchServerless::SecurityPolicy of Type network has a rule
#   with AllowFromPublic true: the collections (or their OpenSearch Dashboards)
#   it names get a public endpoint that anyone on the internet can reach, and
#   only the data access policy stands between them and the indexed documents.
#   A rule with AllowFromPublic false and SourceVPCEs keeps the endpoint inside
#   the listed VPC endpoints. A Policy not known statically is not judged. Twin
#   of EVD-TF-307.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-opensearchserverless-securitypolicy.html
# custom:
#   id: EVD-CFN-133
#   severity: medium
#   remediation: >-
#     Set AllowFromPublic to false and list the VPC endpoints
#     (AWS::OpenSearchServerless::VpcEndpoint) that may reach the collection in
#     SourceVPCEs.
#   selector:
#     input: cloudformation
#     resources: [AWS::OpenSearchServerless::SecurityPolicy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A search store of ePHI reachable from the internet widens who can attempt access to it.
#     gdpr: Keeping a store of personal data off the internet by default protects its confidentiality.
package evident.checks.cloudformation.opensearch_serverless_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some policy in cfn.resources("AWS::OpenSearchServerless::SecurityPolicy")
	values.lower_text(policy.properties.Type) == "network"
	some n in aws.serverless_public_rules(aws.encoded_json(policy.properties.Policy))
	f := finding.at(policy, ["properties", "Policy"], finding.format("%s opens its collections to the internet (AllowFromPublic true in rule %d)", [policy.id, n]))
}
