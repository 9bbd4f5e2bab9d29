# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   An AWS::OpenSearchService::Domain or AWS::Elasticsearch::Domain has no
#   LogPublishingOptions, no AUDIT_LOGS entry in them, or an AUDIT_LOGS entry
#   whose Enabled is false (also as the string "false") or left out. Audit
#   logs record who queried or changed which index, which other log types
#   (application, slow logs) do not. Unlike Terraform's log_publishing_options,
#   whose enabled defaults to true, CloudFormation's Enabled defaults to false:
#   an AUDIT_LOGS entry that only names its log group publishes nothing. Audit
#   logs need fine-grained access control (AdvancedSecurityOptions) on the
#   domain; a domain without it is reported all the same. Not reported:
#   LogPublishingOptions, an AUDIT_LOGS entry or its Enabled that is not known
#   statically (a parameter without default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-logpublishingoption.html
# custom:
#   id: EVD-CFN-055
#   severity: medium
#   remediation: >-
#     Enable AdvancedSecurityOptions and add LogPublishingOptions with an
#     AUDIT_LOGS entry: Enabled true and CloudWatchLogsLogGroupArn set to a log
#     group with a retention and a KMS key (and a resource policy that lets
#     OpenSearch Service write to it).
#   selector:
#     input: cloudformation
#     resources: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of who accessed indices with ePHI support audit controls and activity review.
#     gdpr: Access records of search indices of personal data help demonstrate compliance.
package evident.checks.cloudformation.opensearch_audit_logs_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

domains := cfn.resources_of(["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"])

# No LogPublishingOptions (at the resource), or no AUDIT_LOGS entry in them (at
# LogPublishingOptions). An AUDIT_LOGS of false is no entry to judge.
deny contains f if {
	some domain in domains
	f := cfn.flag_off(domain, "LogPublishingOptions", "AUDIT_LOGS", {
		"absent": "%s does not publish AUDIT_LOGS (no LogPublishingOptions)",
		"unset": "%s does not publish AUDIT_LOGS (LogPublishingOptions has no AUDIT_LOGS entry)",
	})
}

# An AUDIT_LOGS entry without Enabled (at the entry: it defaults to false, so
# the entry publishes nothing), or with Enabled false (at Enabled). A missing
# entry is reported above.
deny contains f if {
	some domain in domains
	options := values.known(domain.properties.LogPublishingOptions)
	[suffix, case] := values.flag_off(options, "AUDIT_LOGS", "Enabled")
	msg := audit_entry_off[case]
	f := finding.at(domain, array.concat(["properties", "LogPublishingOptions"], suffix), finding.format(msg, [domain.id]))
}

audit_entry_off := {
	"unset": "%s does not publish AUDIT_LOGS (the entry does not set Enabled, which defaults to false)",
	"false": "%s sets LogPublishingOptions.AUDIT_LOGS.Enabled to false",
}
