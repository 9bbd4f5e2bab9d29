# METADATA
# title: OpenSearch Serverless network policy opens collections to the internet
# description: >-
#   An aws_opensearchserverless_security_policy of type network has a rule with
#   AllowFromPublic true: the collections (or their OpenSearch Dashboards) it
#   names get a public endpoint that anyone on the internet can reach, and only
#   the data access policy stands between them and the indexed documents. A
#   rule with AllowFromPublic false and SourceVPCEs keeps the endpoint inside
#   the listed VPC endpoints. Policies not known statically are not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearchserverless_security_policy
# custom:
#   id: EVD-TF-307
#   severity: medium
#   remediation: >-
#     Set AllowFromPublic to false and list the VPC endpoints
#     (aws_opensearchserverless_vpc_endpoint) that may reach the collection in
#     SourceVPCEs.
#   selector:
#     input: terraform
#     resources: [aws_opensearchserverless_security_policy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A search store of ePHI reachable from the internet widens who can attempt access to it.
#     gdpr: Keeping a store of personal data off the internet by default protects its confidentiality.
package evident.checks.terraform.opensearch_serverless_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some policy in terraform.resources("aws_opensearchserverless_security_policy")
	values.lower_text(policy.config.type) == "network"
	some n in aws.serverless_public_rules(aws.encoded_json(policy.config.policy))
	f := finding.at(policy, ["config", "policy"], finding.format("%s opens its collections to the internet (AllowFromPublic true in rule %d)", [policy.id, n]))
}
