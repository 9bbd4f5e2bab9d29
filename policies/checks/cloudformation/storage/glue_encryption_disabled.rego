# METADATA
# title: Glue Data Catalog or security configuration leaves data unencrypted
# description: >-
#   An AWS::Glue::DataCatalogEncryptionSettings whose EncryptionAtRest is
#   missing or sets CatalogEncryptionMode to DISABLED (or leaves it out: the
#   default), so the Data Catalog's databases, tables, partitions and
#   connections are stored without a KMS key (table schemas and partition
#   values often name patients, studies or record types); or whose
#   ConnectionPasswordEncryption is missing or does not set
#   ReturnConnectionPasswordEncrypted to true, so GetConnection returns the
#   passwords of the catalog's database connections in clear text to anyone
#   allowed to read connections. An AWS::Glue::SecurityConfiguration whose
#   S3Encryptions, CloudWatchEncryption or JobBookmarksEncryption is missing or
#   DISABLED: the jobs, crawlers and development endpoints that use it then
#   write their output to S3, their logs to CloudWatch and their bookmarks
#   without the configuration's encryption. Glue ETL jobs are where health and
#   personal data are copied in bulk between stores. Each setting is one
#   finding. Not reported: SSE-KMS, SSE-KMS-WITH-SERVICE-ROLE, SSE-S3 and
#   CSE-KMS modes, and values the template leaves undecided (a parameter
#   without default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-securityconfiguration.html
# custom:
#   id: EVD-CFN-105
#   severity: medium
#   remediation: >-
#     Set EncryptionAtRest CatalogEncryptionMode to SSE-KMS with SseAwsKmsKeyId
#     and ConnectionPasswordEncryption ReturnConnectionPasswordEncrypted to true
#     with KmsKeyId; in the security configuration, set S3EncryptionMode SSE-KMS,
#     CloudWatchEncryptionMode SSE-KMS and JobBookmarksEncryptionMode CSE-KMS with
#     a customer managed key.
#   selector:
#     input: cloudformation
#     resources: ["AWS::Glue::DataCatalogEncryptionSettings", "AWS::Glue::SecurityConfiguration"]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption of ePHI at rest is an addressable safeguard; the catalog, job output and connection passwords Glue keeps are stored without it.
#     gdpr: Encryption of personal data is a named security measure; data copied by ETL jobs and the credentials of its sources are left without it.
package evident.checks.cloudformation.glue_encryption_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some r in cfn.resources("AWS::Glue::DataCatalogEncryptionSettings")
	settings := values.known(r.properties.DataCatalogEncryptionSettings)
	[path, detail] := mode_gap(settings, "EncryptionAtRest", "CatalogEncryptionMode")
	f := at(r, ["DataCatalogEncryptionSettings"], path, finding.format("%s leaves the Glue Data Catalog's metadata unencrypted (%s)", [r.id, detail]))
}

deny contains f if {
	some r in cfn.resources("AWS::Glue::DataCatalogEncryptionSettings")
	settings := values.known(r.properties.DataCatalogEncryptionSettings)
	[path, detail] := password_gap(settings)
	f := at(r, ["DataCatalogEncryptionSettings"], path, finding.format("%s returns the passwords of Glue connections in clear text to whoever may read the connections (%s)", [r.id, detail]))
}

deny contains f if {
	some r in cfn.resources("AWS::Glue::SecurityConfiguration")
	configuration := values.known(r.properties.EncryptionConfiguration)
	some [container, key, what] in [
		["CloudWatchEncryption", "CloudWatchEncryptionMode", "the logs its Glue jobs, crawlers and endpoints write to CloudWatch"],
		["JobBookmarksEncryption", "JobBookmarksEncryptionMode", "its job bookmarks"],
	]
	[path, detail] := mode_gap(configuration, container, key)
	f := at(r, ["EncryptionConfiguration"], path, finding.format("%s leaves %s unencrypted (%s)", [r.id, what, detail]))
}

deny contains f if {
	some r in cfn.resources("AWS::Glue::SecurityConfiguration")
	configuration := values.known(r.properties.EncryptionConfiguration)
	some [path, detail] in s3_gaps(configuration)
	f := at(r, ["EncryptionConfiguration"], path, finding.format("%s leaves the data its Glue jobs, crawlers and endpoints write to S3 unencrypted (%s)", [r.id, detail]))
}

at(r, base, path, msg) := finding.at(r, array.concat(array.concat(["properties"], base), path), msg)

# mode_gap(obj, container, key): [path, detail] when obj[container][key], an
# encryption mode, is left out (the default is DISABLED) or DISABLED.
mode_gap(obj, container, _) := [[], concat("", ["no ", container])] if values.absent_or_null(obj, container)

mode_gap(obj, container, key) := [[container], concat("", [container, " without ", key])] if {
	values.known_object(obj[container])
	values.absent_or_null(obj[container], key)
}

mode_gap(obj, container, key) := [[container, key], concat("", [key, ": ", mode])] if {
	mode := obj[container][key]
	disabled(mode)
}

password_gap(settings) := [path, detail] if {
	[path, case] := values.flag_off(settings, "ConnectionPasswordEncryption", "ReturnConnectionPasswordEncrypted")
	detail := {
		"absent": "no ConnectionPasswordEncryption",
		"unset": "ConnectionPasswordEncryption without ReturnConnectionPasswordEncrypted",
		"false": "ReturnConnectionPasswordEncrypted: false",
	}[case]
}

# s3_gaps(configuration): [path, detail] of each way the S3 output is left
# unencrypted: no S3Encryptions, an empty list, or an item whose
# S3EncryptionMode is left out (the default is DISABLED) or DISABLED.
s3_gaps(configuration) := {[[], "no S3Encryptions"]} if {
	values.absent_or_null(configuration, "S3Encryptions")
} else := {[["S3Encryptions"], "S3Encryptions is empty"]} if {
	configuration.S3Encryptions == []
} else := {[["S3Encryptions", i], "an S3Encryptions item without S3EncryptionMode"] |
	some i, item in configuration.S3Encryptions
	values.known_object(item)
	values.absent_or_null(item, "S3EncryptionMode")
} | {[["S3Encryptions", i, "S3EncryptionMode"], concat("", ["S3EncryptionMode: ", item.S3EncryptionMode])] |
	some i, item in configuration.S3Encryptions
	disabled(item.S3EncryptionMode)
} if {
	is_array(configuration.S3Encryptions)
}

disabled(mode) if {
	is_string(mode)
	upper(mode) == "DISABLED"
}
