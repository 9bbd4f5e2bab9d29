# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: >-
#   An AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain has no
#   EncryptionAtRestOptions, or one without Enabled, or sets Enabled to false
#   (also as the string "false"). Indices, logs and automated snapshots of the
#   domain are then stored unencrypted, as OpenSearch Service leaves them when
#   no encryption is asked for; search indices are frequently full copies of
#   patient or customer records. Not reported: EncryptionAtRestOptions or
#   Enabled that is not known statically (a parameter without default, an
#   undecidable Fn::If). Amazon OpenSearch Serverless collections
#   (AWS::OpenSearchServerless::Collection) are always encrypted and are not
#   judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-encryptionatrestoptions.html
# custom:
#   id: EVD-CFN-053
#   severity: high
#   remediation: >-
#     Add EncryptionAtRestOptions with Enabled true and KmsKeyId set to a
#     customer-managed key.
#   selector:
#     input: cloudformation
#     resources: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Search indices holding ePHI fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.opensearch_at_rest_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some domain in cfn.resources_of(["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"])
	f := option_off(
		domain, "EncryptionAtRestOptions",
		"%s does not enable EncryptionAtRestOptions",
		"%s sets EncryptionAtRestOptions.Enabled to false",
	)
}

# option_off(domain, name, absent_msg, false_msg): the domain's `name`
# ({Enabled: …}) is missing (reported at the resource), has no Enabled
# (reported at the object) or sets it to false (reported at Enabled).
# Unknown values are never reported.
option_off(domain, name, absent_msg, _) := finding.of(domain, finding.format(absent_msg, [domain.id])) if {
	values.absent_or_null(domain.properties, name)
}

option_off(domain, name, absent_msg, _) := finding.at(domain, ["properties", name], finding.format(absent_msg, [domain.id])) if {
	options := domain.properties[name]
	is_object(options)
	not values.is_unknown(options)
	values.absent_or_null(options, "Enabled")
}

option_off(domain, name, _, false_msg) := finding.at(domain, ["properties", name, "Enabled"], finding.format(false_msg, [domain.id])) if {
	cfn.is_false(domain.properties[name].Enabled)
}
