# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has no
#   log_publishing_options block with log_type = "AUDIT_LOGS" (enabled). Audit
#   logs record who queried or changed which index, which other log types
#   (application, slow logs) do not. Audit logs need fine-grained access
#   control on the domain.
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
# custom:
#   id: EVD-TF-050
#   severity: medium
#   remediation: >-
#     Enable advanced_security_options and add log_publishing_options {
#     log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = ... }.
#   selector:
#     input: terraform
#     resources: [aws_opensearch_domain, aws_elasticsearch_domain]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of who accessed indices with ePHI support audit controls and activity review.
#     gdpr: Access records of search indices of personal data help demonstrate compliance.
package evident.checks.terraform.opensearch_audit_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some domain in terraform.resources_of({"aws_opensearch_domain", "aws_elasticsearch_domain"})
	not terraform.dynamic(domain.config, "log_publishing_options")
	not audit_logged(domain)
	f := finding.of(domain, finding.format("%s does not publish AUDIT_LOGS", [domain.id]))
}

audit_logged(domain) if {
	some options in terraform.blocks(domain.config, "log_publishing_options")
	audit_type(options.log_type)
	not options.enabled == false
}

audit_type("AUDIT_LOGS")

audit_type(t) if not is_string(t)
