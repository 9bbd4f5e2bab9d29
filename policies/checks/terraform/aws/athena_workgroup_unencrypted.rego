# METADATA
# title: Athena query results are not encrypted by the workgroup or database
# description: >-
#   An aws_athena_workgroup whose configuration has no
#   result_configuration.encryption_configuration with an encryption_option, or
#   an aws_athena_database without encryption_configuration (its creation query
#   runs with no encryption setting). Athena writes every query's full result
#   set to S3 as a CSV file: a query over health or personal data leaves a
#   flattened copy of it beside the results of every other query. Without the
#   setting the results get only the bucket's own default (SSE-S3 since January
#   2023), which the code does not show and which uses no key the organisation
#   controls. A workgroup that does encrypt its results but sets
#   enforce_workgroup_configuration = false (the provider's default is true) is
#   reported with its own message, at that argument: each client's settings then
#   replace the workgroup's, so a query can write its results unencrypted. That
#   is part of this check, not a separate one, because it leaves the same data
#   in the same state. Not reported: a workgroup that stores results in Athena's
#   managed storage (managed_query_results_configuration enabled, which Athena
#   encrypts itself) or sets enable_minimum_encryption_configuration (clients may
#   only choose an encryption at least as strong), a database that names a
#   workgroup (its creation query runs under that workgroup's settings, which
#   are judged on the workgroup), and any block that is dynamic or value that is unknown (a variable, another
#   resource's attribute).
# related_resources:
#   - ref: https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
#   - ref: https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration
# custom:
#   id: EVD-TF-181
#   severity: medium
#   remediation: >-
#     In the workgroup, add configuration { result_configuration {
#     encryption_configuration { encryption_option = "SSE_KMS", kms_key_arn =
#     aws_kms_key.x.arn } } } and keep enforce_workgroup_configuration = true (or
#     set enable_minimum_encryption_configuration = true); give an
#     aws_athena_database an encryption_configuration block.
#   selector:
#     input: terraform
#     resources: [aws_athena_workgroup, aws_athena_database]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Query results are stored copies of the ePHI queried, under the encryption specification for data at rest.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names; query results are such data.
package evident.checks.terraform.athena_workgroup_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

unencrypted := "%s does not encrypt query results: no configuration.result_configuration.encryption_configuration"

no_option := "%s has an encryption_configuration without encryption_option: query results are not encrypted"

# A workgroup without a configuration block.
deny contains f if {
	some wg in terraform.resources("aws_athena_workgroup")
	not terraform.has_block(wg.config, "configuration")
	f := finding.of(wg, finding.format(unencrypted, [wg.id]))
}

# A configuration without result_configuration.
deny contains f if {
	some wg in terraform.resources("aws_athena_workgroup")
	some i, c in terraform.blocks(wg.config, "configuration")
	not exempt(c)
	not terraform.has_block(c, "result_configuration")
	f := finding.at(wg, ["config", "configuration", i], finding.format(unencrypted, [wg.id]))
}

# A result_configuration without encryption_configuration.
deny contains f if {
	some wg in terraform.resources("aws_athena_workgroup")
	some i, c in terraform.blocks(wg.config, "configuration")
	not exempt(c)
	some j, rc in terraform.blocks(c, "result_configuration")
	not terraform.has_block(rc, "encryption_configuration")
	f := finding.at(wg, ["config", "configuration", i, "result_configuration", j], finding.format(unencrypted, [wg.id]))
}

# An encryption_configuration without encryption_option.
deny contains f if {
	some wg in terraform.resources("aws_athena_workgroup")
	some i, c in terraform.blocks(wg.config, "configuration")
	not exempt(c)
	some j, rc in terraform.blocks(c, "result_configuration")
	some k, e in terraform.blocks(rc, "encryption_configuration")
	values.absent_or_null(e, "encryption_option")
	path := ["config", "configuration", i, "result_configuration", j, "encryption_configuration", k]
	f := finding.at(wg, path, finding.format(no_option, [wg.id]))
}

# Encryption declared, but clients may override it.
deny contains f if {
	some wg in terraform.resources("aws_athena_workgroup")
	some i, c in terraform.blocks(wg.config, "configuration")
	c.enforce_workgroup_configuration == false
	not exempt(c)
	not minimum_encryption(c)
	encrypts(c)
	path := ["config", "configuration", i, "enforce_workgroup_configuration"]
	f := finding.at(wg, path, finding.format("%s encrypts query results but sets enforce_workgroup_configuration = false: a client's settings replace the workgroup's, so its query results may be written unencrypted", [wg.id]))
}

# A database without encryption_configuration that names no workgroup.
deny contains f if {
	some db in terraform.resources("aws_athena_database")
	not terraform.has_block(db.config, "encryption_configuration")
	not terraform.given(db.config, "workgroup")
	f := finding.of(db, finding.format("%s has no encryption_configuration: the results of its creation query are not encrypted", [db.id]))
}

deny contains f if {
	some db in terraform.resources("aws_athena_database")
	not terraform.given(db.config, "workgroup")
	some k, e in terraform.blocks(db.config, "encryption_configuration")
	values.absent_or_null(e, "encryption_option")
	f := finding.at(db, ["config", "encryption_configuration", k], finding.format(no_option, [db.id]))
}

# exempt(c): the results go to Athena-managed storage, which Athena encrypts
# (or may: an unknown switch, a dynamic block).
exempt(c) if terraform.dynamic(c, "managed_query_results_configuration")

exempt(c) if {
	some m in terraform.blocks(c, "managed_query_results_configuration")
	switched_on(m, "enabled")
}

# minimum_encryption(c): clients may only choose an encryption at least as
# strong as the workgroup's (true or unknown).
minimum_encryption(c) if switched_on(c, "enable_minimum_encryption_configuration")

# switched_on(obj, key): the boolean argument is set and not false (true, or
# unknown). Not values.is_false_or_absent: a quoted "false" (any case) is
# false too, as Terraform converts it for a bool argument.
switched_on(obj, key) if {
	not values.false_value(obj[key])
	not values.absent_or_null(obj, key)
}

# encrypts(c): a result_configuration names an encryption_option (or an unknown one).
encrypts(c) if {
	some rc in terraform.blocks(c, "result_configuration")
	some e in terraform.blocks(rc, "encryption_configuration")
	terraform.given(e, "encryption_option")
}
