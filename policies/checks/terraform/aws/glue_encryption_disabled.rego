# METADATA
# title: Glue Data Catalog or security configuration leaves data unencrypted
# description: >-
#   An aws_glue_data_catalog_encryption_settings whose encryption_at_rest sets
#   catalog_encryption_mode = "DISABLED" (the Data Catalog's databases, tables,
#   partitions and connections are then stored without a KMS key: table schemas
#   and partition values often name patients, studies or record types), or whose
#   connection_password_encryption sets return_connection_password_encrypted =
#   false (GetConnection then returns the passwords of the catalog's database
#   connections in clear text to anyone allowed to read connections); or an
#   aws_glue_security_configuration that sets s3_encryption_mode,
#   cloudwatch_encryption_mode or job_bookmarks_encryption_mode to "DISABLED" or
#   leaves it out (the provider's default is "DISABLED"): the jobs, crawlers
#   and development endpoints that use it then write their output to S3, their
#   logs to CloudWatch and their bookmarks without the configuration's
#   encryption. Glue ETL jobs are where health and personal data
#   are copied in bulk between stores. Each setting is one finding, at the
#   setting. Not reported: SSE-KMS, SSE-KMS-WITH-SERVICE-ROLE, SSE-S3 and CSE-KMS
#   modes, dynamic blocks and unknown values (a variable, another resource's
#   attribute).
# related_resources:
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html
#   - ref: https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration
# custom:
#   id: EVD-TF-257
#   severity: medium
#   remediation: >-
#     Set catalog_encryption_mode = "SSE-KMS" with sse_aws_kms_key_id and
#     return_connection_password_encrypted = true with aws_kms_key_id; in the
#     security configuration, use s3_encryption_mode = "SSE-KMS",
#     cloudwatch_encryption_mode = "SSE-KMS" and job_bookmarks_encryption_mode =
#     "CSE-KMS" with a customer managed key.
#   selector:
#     input: terraform
#     resources: [aws_glue_data_catalog_encryption_settings, aws_glue_security_configuration]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.312(c)(1)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Encryption of ePHI at rest is an addressable safeguard; the catalog, job output and connection passwords Glue keeps are stored without it.
#     gdpr: Encryption of personal data is a named security measure; data copied by ETL jobs and the credentials of its sources are left without it.
package evident.checks.terraform.glue_encryption_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# modes: per resource type, the encryption modes it sets, as [outer block,
# inner block, mode argument, what the mode protects].
modes := {
	"aws_glue_data_catalog_encryption_settings": [["data_catalog_encryption_settings", "encryption_at_rest", "catalog_encryption_mode", "the Glue Data Catalog's metadata"]],
	"aws_glue_security_configuration": [
		["encryption_configuration", "s3_encryption", "s3_encryption_mode", "the data its Glue jobs, crawlers and endpoints write to S3"],
		["encryption_configuration", "cloudwatch_encryption", "cloudwatch_encryption_mode", "the logs they write to CloudWatch"],
		["encryption_configuration", "job_bookmarks_encryption", "job_bookmarks_encryption_mode", "its job bookmarks"],
	],
}

deny contains f if {
	some type, settings in modes
	some r in terraform.resources(type)
	some [outer, inner, key, what] in settings
	some [path, setting] in settings_of(r, outer, inner)
	mode := setting[key]
	is_string(mode)
	upper(mode) == "DISABLED"
	f := finding.at(r, array.concat(path, [key]), finding.format("%s leaves %s unencrypted (%s = \"%s\")", [r.id, what, key, mode]))
}

# The modes of a security configuration default to DISABLED.
deny contains f if {
	some r in terraform.resources("aws_glue_security_configuration")
	some [outer, inner, key, what] in modes[r.type]
	some [path, setting] in settings_of(r, outer, inner)
	values.absent_or_null(setting, key)
	f := finding.at(r, path, finding.format("%s leaves %s unencrypted (%s not set: \"DISABLED\" by default)", [r.id, what, key]))
}

deny contains f if {
	some r in terraform.resources("aws_glue_data_catalog_encryption_settings")
	some [path, setting] in settings_of(r, "data_catalog_encryption_settings", "connection_password_encryption")
	values.false_value(setting.return_connection_password_encrypted)
	f := finding.at(r, array.concat(path, ["return_connection_password_encrypted"]), finding.format("%s returns the passwords of Glue connections in clear text to whoever may read the connections (return_connection_password_encrypted = false)", [r.id]))
}

# settings_of(r, outer, inner): the `inner` blocks of the `outer` blocks of a
# resource, each with its path in the resource.
settings_of(r, outer, inner) := [[path, block] |
	some i, o in terraform.blocks(r.config, outer)
	some j, block in terraform.blocks(o, inner)
	path := array.concat(array.concat(["config"], terraform.block_path(r.config, outer, i)), terraform.block_path(o, inner, j))
]
