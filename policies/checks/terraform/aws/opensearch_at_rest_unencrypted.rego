# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has no encrypt_at_rest
#   block with enabled = true. Indices, logs and automated snapshots of the
#   domain are then stored unencrypted; search indices are frequently full
#   copies of patient or customer records.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: EVD-TF-015
#   severity: high
#   remediation: >-
#     Add encrypt_at_rest { enabled = true, kms_key_id = aws_kms_key.x.arn }.
#   selector:
#     input: terraform
#     resources: [aws_opensearch_domain, aws_elasticsearch_domain]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Search indices holding ePHI fall under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.opensearch_at_rest_unencrypted

import data.evident.lib.terraform

deny contains f if {
	some domain in terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})
	f := terraform.block_off(
		domain, "encrypt_at_rest", "enabled",
		"%s does not enable encrypt_at_rest",
		"%s sets encrypt_at_rest enabled = false",
	)
}
