# METADATA
# title: Secret, table, stream, vault or search domain policy grants access to everyone
# description: >-
#   A resource policy of a data store (an object, or a JSON string) has an
#   Allow statement for Principal "*" (or AWS "*") that no condition restricts:
#   an AWS::SecretsManager::ResourcePolicy, the ResourcePolicy of an
#   AWS::DynamoDB::Table (or of its stream), an AWS::Kinesis::ResourcePolicy,
#   the AccessPolicy of an AWS::Backup::BackupVault, or the AccessPolicies of
#   an AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain reachable
#   from the internet. Any AWS account, and for a public search domain anyone,
#   can then read the secret, the records, the backups or the indexed documents
#   the policy allows. A condition only on keys the client sets (aws:Referer,
#   aws:UserAgent, aws:SecureTransport, …) does not count. Not reported:
#   statements restricted by another condition (aws:PrincipalOrgID,
#   aws:SourceIp, aws:SourceArn…); search domains with VPCOptions (the network
#   keeps others out) or with fine-grained access control enabled
#   (AdvancedSecurityOptions: AWS's documented pattern pairs it with an open
#   domain policy, every request must still sign in); and policies or
#   statements the template leaves undecided.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html
# custom:
#   id: EVD-CFN-107
#   severity: high
#   remediation: >-
#     Name the accounts, roles or services that need access in the Principal,
#     or restrict the statement with aws:PrincipalOrgID (or aws:SourceIp for a
#     search domain); put search domains in a VPC or enable fine-grained access
#     control.
#   selector:
#     input: cloudformation
#     resources: ["AWS::SecretsManager::ResourcePolicy", "AWS::DynamoDB::Table", "AWS::Kinesis::ResourcePolicy", "AWS::Backup::BackupVault", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI must be limited to authorized persons and programs; a policy for everyone authorizes every AWS account, or anyone, to the records the store holds.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people without the individual's intervention.
package evident.checks.cloudformation.data_store_policy_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.values

# The path of the policy in each resource type's properties.
policy_paths := {
	"AWS::SecretsManager::ResourcePolicy": ["ResourcePolicy"],
	"AWS::Kinesis::ResourcePolicy": ["ResourcePolicy"],
	"AWS::Backup::BackupVault": ["AccessPolicy"],
	"AWS::DynamoDB::Table": ["ResourcePolicy", "PolicyDocument"],
	"AWS::OpenSearchService::Domain": ["AccessPolicies"],
	"AWS::Elasticsearch::Domain": ["AccessPolicies"],
}

deny contains f if {
	some r in cfn.resources_of(["AWS::SecretsManager::ResourcePolicy", "AWS::Kinesis::ResourcePolicy", "AWS::Backup::BackupVault", "AWS::DynamoDB::Table"])
	some f in public(r, policy_paths[r.type])
}

deny contains f if {
	some r in cfn.resources_of(["AWS::DynamoDB::Table"])
	some f in public(r, ["StreamSpecification", "ResourcePolicy", "PolicyDocument"])
}

deny contains f if {
	some r in cfn.resources_of(["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"])
	values.absent_or_null(r.properties, "VPCOptions")
	not fine_grained(r)
	some f in public(r, ["AccessPolicies"])
}

public(r, path) := {f |
	doc := aws.document(object.get(r.properties, path, null))
	some st in iam.statements(doc)
	is_object(st)
	how := iam.public_statement(st)
	f := finding.at(r, array.concat(["properties"], path), iam.public_policy_message(r.id, st, how))
}

# fine_grained(d): AdvancedSecurityOptions.Enabled is true or not known.
fine_grained(d) if {
	enabled := d.properties.AdvancedSecurityOptions.Enabled
	not cfn.is_false(enabled)
}

fine_grained(d) if values.is_unknown(d.properties.AdvancedSecurityOptions)
