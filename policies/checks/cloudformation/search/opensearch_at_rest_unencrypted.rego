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

# EncryptionAtRestOptions missing (at the resource), without Enabled (at the
# object) or Enabled false (at the property). Unknown values are never reported.
deny contains f if {
	some domain in cfn.resources_of(["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"])
	f := cfn.flag_off(domain, "EncryptionAtRestOptions", "Enabled", {
		"absent": "%s does not enable EncryptionAtRestOptions",
		"unset": "%s does not enable EncryptionAtRestOptions",
		"false": "%s sets EncryptionAtRestOptions.Enabled to false",
	})
}
