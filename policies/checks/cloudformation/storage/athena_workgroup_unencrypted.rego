# METADATA
# title: Athena workgroup does not encrypt query results
# description: >-
#   An AWS::Athena::WorkGroup whose WorkGroupConfiguration has no
#   ResultConfiguration.EncryptionConfiguration with an EncryptionOption.
#   Athena writes every query's full result set to S3 as a CSV file: a query
#   over health or personal data leaves a flattened copy of it beside the
#   results of every other query. Without the setting the results get only the
#   bucket's own default (SSE-S3 since January 2023), which the template does
#   not show and which uses no key the organisation controls. A workgroup that
#   does encrypt its results but sets EnforceWorkGroupConfiguration to false is
#   reported with its own message, at that property: each client's settings
#   then replace the workgroup's, so a query can write its results unencrypted.
#   That is part of this check, not a separate one, because it leaves the same
#   data in the same state; only an explicit false is reported. Not reported: a
#   workgroup that stores results in Athena's managed storage
#   (ManagedQueryResultsConfiguration.Enabled, which Athena encrypts itself),
#   the override message when EnableMinimumEncryptionConfiguration is set
#   (clients may only choose an encryption at least as strong), and any value
#   that cannot be resolved (a parameter without default, a condition).
#   CloudFormation has no Athena database resource (databases are Glue's).
# related_resources:
#   - ref: https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
#   - ref: https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-workgroupconfiguration.html
# custom:
#   id: EVD-CFN-048
#   severity: medium
#   remediation: >-
#     Set WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration
#     with EncryptionOption SSE_KMS and KmsKey set to a customer-managed key, and
#     keep EnforceWorkGroupConfiguration true (or set
#     EnableMinimumEncryptionConfiguration).
#   selector:
#     input: cloudformation
#     resources: [AWS::Athena::WorkGroup]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Query results are stored copies of the ePHI queried, under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; query results are such data.
package evident.checks.cloudformation.athena_workgroup_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

unencrypted := "%s does not encrypt query results: no WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration"

deny contains f if {
	some wg in cfn.resources("AWS::Athena::WorkGroup")
	values.absent_or_null(wg.properties, "WorkGroupConfiguration")
	f := finding.of(wg, finding.format(unencrypted, [wg.id]))
}

deny contains f if {
	some wg in cfn.resources("AWS::Athena::WorkGroup")
	wc := values.known(wg.properties.WorkGroupConfiguration)
	not managed(wc)
	values.absent_or_null(wc, "ResultConfiguration")
	f := finding.at(wg, ["properties", "WorkGroupConfiguration"], finding.format(unencrypted, [wg.id]))
}

deny contains f if {
	some wg in cfn.resources("AWS::Athena::WorkGroup")
	wc := values.known(wg.properties.WorkGroupConfiguration)
	not managed(wc)
	rc := values.known(wc.ResultConfiguration)
	values.absent_or_null(rc, "EncryptionConfiguration")
	f := finding.at(wg, ["properties", "WorkGroupConfiguration", "ResultConfiguration"], finding.format(unencrypted, [wg.id]))
}

deny contains f if {
	some wg in cfn.resources("AWS::Athena::WorkGroup")
	wc := values.known(wg.properties.WorkGroupConfiguration)
	not managed(wc)
	e := values.known(values.known(wc.ResultConfiguration).EncryptionConfiguration)
	not cfn.given(e, "EncryptionOption")
	path := ["properties", "WorkGroupConfiguration", "ResultConfiguration", "EncryptionConfiguration"]
	f := finding.at(wg, path, finding.format("%s has an EncryptionConfiguration without EncryptionOption: query results are not encrypted", [wg.id]))
}

deny contains f if {
	some wg in cfn.resources("AWS::Athena::WorkGroup")
	wc := values.known(wg.properties.WorkGroupConfiguration)
	cfn.is_false(wc.EnforceWorkGroupConfiguration)
	not managed(wc)
	cfn.not_enabled(wc, "EnableMinimumEncryptionConfiguration")
	cfn.given(wc.ResultConfiguration.EncryptionConfiguration, "EncryptionOption")
	path := ["properties", "WorkGroupConfiguration", "EnforceWorkGroupConfiguration"]
	f := finding.at(wg, path, finding.format("%s encrypts query results but sets EnforceWorkGroupConfiguration to false: a client's settings replace the workgroup's, so its query results may be written unencrypted", [wg.id]))
}

# managed(wc): results go to Athena-managed storage, which Athena encrypts
# (Enabled true, or unknown).
managed(wc) if {
	values.has_key(wc, "ManagedQueryResultsConfiguration")
	not values.known(wc.ManagedQueryResultsConfiguration)
	wc.ManagedQueryResultsConfiguration != null
}

managed(wc) if {
	m := values.known(wc.ManagedQueryResultsConfiguration)
	not cfn.not_enabled(m, "Enabled")
}
