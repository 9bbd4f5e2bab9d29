# METADATA
# title: Secret, table, stream, vault or search domain policy grants access to everyone
# description: >-
#   A resource policy of a data store (literal JSON, jsonencode() or an
#   aws_iam_policy_document data source of the same module) has an Allow
#   statement for Principal "*" (or AWS = "*") that no condition restricts:
#   a Secrets Manager secret (aws_secretsmanager_secret_policy, or the policy
#   argument of aws_secretsmanager_secret), a DynamoDB table or stream
#   (aws_dynamodb_resource_policy), a Kinesis data stream
#   (aws_kinesis_resource_policy), an S3 Glacier vault (access_policy of
#   aws_glacier_vault), an AWS Backup vault (aws_backup_vault_policy), or an
#   OpenSearch or Elasticsearch domain reachable from the internet
#   (access_policies of the domain, or aws_opensearch_domain_policy /
#   aws_elasticsearch_domain_policy of a domain of the module). Any AWS account,
#   and for a public search domain anyone, can then read the secret, the
#   records, the archived backups or the indexed documents the policy allows.
#   A condition only on keys the client sets (aws:Referer, aws:UserAgent,
#   aws:SecureTransport, …) does not count. Not reported: statements restricted
#   by another condition (aws:PrincipalOrgID, aws:SourceIp, aws:SourceArn,
#   aws:SourceAccount…); search domains in a VPC (the network keeps others
#   out) or with fine-grained access control enabled (AWS's documented pattern
#   pairs it with an open domain policy: every request must still sign in);
#   a domain policy whose domain is not in the module; and policies that are not
#   known.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html
#   - ref: https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html
# custom:
#   id: EVD-TF-262
#   severity: high
#   remediation: >-
#     Name the accounts, roles or services that need access in the Principal,
#     or restrict the statement with aws:PrincipalOrgID (or aws:SourceIp for a
#     search domain); put search domains in a VPC or enable fine-grained access
#     control.
#   selector:
#     input: terraform
#     resources: [aws_secretsmanager_secret_policy, aws_secretsmanager_secret, aws_dynamodb_resource_policy, aws_kinesis_resource_policy, aws_glacier_vault, aws_backup_vault_policy, aws_opensearch_domain_policy, aws_elasticsearch_domain_policy, aws_opensearch_domain, aws_elasticsearch_domain]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs; a policy for everyone authorizes every AWS account, or anyone, to the records the store holds.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people without the individual's intervention.
package evident.checks.terraform.data_store_policy_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform
import data.evident.lib.values

# The policy argument of each resource type.
policy_arguments := {
	"aws_secretsmanager_secret_policy": "policy",
	"aws_secretsmanager_secret": "policy",
	"aws_dynamodb_resource_policy": "policy",
	"aws_kinesis_resource_policy": "policy",
	"aws_glacier_vault": "access_policy",
	"aws_backup_vault_policy": "policy",
	"aws_opensearch_domain_policy": "access_policies",
	"aws_elasticsearch_domain_policy": "access_policies",
	"aws_opensearch_domain": "access_policies",
	"aws_elasticsearch_domain": "access_policies",
}

deny contains f if {
	some r in terraform.resources_of({
		"aws_secretsmanager_secret_policy", "aws_secretsmanager_secret", "aws_dynamodb_resource_policy",
		"aws_kinesis_resource_policy", "aws_glacier_vault", "aws_backup_vault_policy",
	})
	some f in public(r)
}

deny contains f if {
	some r in terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})
	public_domain(r)
	some f in public(r)
}

deny contains f if {
	some r in terraform.resources_of({"aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"})
	some domain in domains
	terraform.points_at(r.config.domain_name, domain, "domain_name")
	public_domain(domain)
	some f in public(r)
}

# public(r): a finding for each statement of the resource's policy open to everyone.
public(r) := {f |
	key := policy_arguments[r.type]
	doc := aws.resource_policy(r.config[key])
	some st in iam.statements(doc)
	is_object(st)
	how := iam.public_statement(st)
	f := finding.at(r, ["config", key], iam.public_policy_message(r.id, st, how))
}

domains := terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})

# public_domain(d): a search domain reachable from the internet whose requests
# need no sign-in of fine-grained access control: no vpc_options block and no
# advanced_security_options with enabled = true (an unknown value counts as
# enabled: not reported).
public_domain(d) if {
	not terraform.has_block(d.config, "vpc_options")
	not fine_grained(d)
}

fine_grained(d) if {
	some options in terraform.blocks(d.config, "advanced_security_options")
	not values.is_false_or_absent(options, "enabled")
}

fine_grained(d) if d.config.dynamic.advanced_security_options
