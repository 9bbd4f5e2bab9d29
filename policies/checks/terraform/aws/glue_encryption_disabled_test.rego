package evident.checks.terraform.glue_encryption_disabled_test

import data.evident.checks.terraform.glue_encryption_disabled as check
import data.evident.lib.tf_fixtures_test as tf

catalog(name, at_rest, passwords) := tf.res("aws_glue_data_catalog_encryption_settings", name, {"data_catalog_encryption_settings": [{
	"encryption_at_rest": [at_rest],
	"connection_password_encryption": [passwords],
}]})

security(name, s3, cloudwatch, bookmarks) := tf.res("aws_glue_security_configuration", name, {"name": name, "encryption_configuration": [{
	"s3_encryption": [{"s3_encryption_mode": s3}],
	"cloudwatch_encryption": [{"cloudwatch_encryption_mode": cloudwatch}],
	"job_bookmarks_encryption": [{"job_bookmarks_encryption_mode": bookmarks}],
}]})

kms := {"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": tf.unknown("aws_kms_key.glue.arn")}

encrypted_passwords := {"return_connection_password_encrypted": true, "aws_kms_key_id": tf.unknown("aws_kms_key.glue.arn")}

catalog_path(key) := ["config", "data_catalog_encryption_settings", 0, key, 0]

security_path(block, key) := ["config", "encryption_configuration", 0, block, 0, key]

test_disabled_settings if {
	check.deny == {
		{"resource": "aws_glue_data_catalog_encryption_settings.plain", "path": array.concat(catalog_path("encryption_at_rest"), ["catalog_encryption_mode"]), "msg": "aws_glue_data_catalog_encryption_settings.plain leaves the Glue Data Catalog's metadata unencrypted (catalog_encryption_mode = \"DISABLED\")"},
		{"resource": "aws_glue_data_catalog_encryption_settings.plain", "path": array.concat(catalog_path("connection_password_encryption"), ["return_connection_password_encrypted"]), "msg": "aws_glue_data_catalog_encryption_settings.plain returns the passwords of Glue connections in clear text to whoever may read the connections (return_connection_password_encrypted = false)"},
		{"resource": "aws_glue_security_configuration.etl", "path": security_path("s3_encryption", "s3_encryption_mode"), "msg": "aws_glue_security_configuration.etl leaves the data its Glue jobs, crawlers and endpoints write to S3 unencrypted (s3_encryption_mode = \"DISABLED\")"},
		{"resource": "aws_glue_security_configuration.etl", "path": security_path("job_bookmarks_encryption", "job_bookmarks_encryption_mode"), "msg": "aws_glue_security_configuration.etl leaves its job bookmarks unencrypted (job_bookmarks_encryption_mode = \"disabled\")"},
		{"resource": "aws_glue_security_configuration.defaults", "path": ["config", "encryption_configuration", 0, "cloudwatch_encryption", 0], "msg": "aws_glue_security_configuration.defaults leaves the logs they write to CloudWatch unencrypted (cloudwatch_encryption_mode not set: \"DISABLED\" by default)"},
		{"resource": "aws_glue_security_configuration.defaults", "path": ["config", "encryption_configuration", 0, "job_bookmarks_encryption", 0], "msg": "aws_glue_security_configuration.defaults leaves its job bookmarks unencrypted (job_bookmarks_encryption_mode not set: \"DISABLED\" by default)"},
		{"resource": "aws_glue_security_configuration.logs", "path": security_path("cloudwatch_encryption", "cloudwatch_encryption_mode"), "msg": "aws_glue_security_configuration.logs leaves the logs they write to CloudWatch unencrypted (cloudwatch_encryption_mode = \"DISABLED\")"},
	} with input as tf.doc([
		catalog("plain", {"catalog_encryption_mode": "DISABLED"}, {"return_connection_password_encrypted": false}),
		security("etl", "DISABLED", "SSE-KMS", "disabled"),
		security("logs", "SSE-S3", "DISABLED", "CSE-KMS"),
		tf.res("aws_glue_security_configuration", "defaults", {"name": "defaults", "encryption_configuration": [{
			"s3_encryption": [{"s3_encryption_mode": "SSE-KMS", "kms_key_arn": tf.unknown("aws_kms_key.glue.arn")}],
			"cloudwatch_encryption": [{}],
			"job_bookmarks_encryption": [{"kms_key_arn": tf.unknown("aws_kms_key.glue.arn"), "job_bookmarks_encryption_mode": null}],
		}]}),
	])
}

test_encrypted_or_unknown if {
	count(check.deny) == 0 with input as tf.doc([
		catalog("kms", kms, encrypted_passwords),
		catalog("service_role", {"catalog_encryption_mode": "SSE-KMS-WITH-SERVICE-ROLE", "catalog_encryption_service_role": tf.unknown("aws_iam_role.glue.arn")}, {"return_connection_password_encrypted": "true"}),
		catalog("unknown", {"catalog_encryption_mode": tf.unknown("var.mode")}, {"return_connection_password_encrypted": tf.unknown("var.encrypt")}),
		security("kms", "SSE-KMS", "SSE-KMS", "CSE-KMS"),
		security("unknown", tf.unknown("var.s3_mode"), tf.unknown("var.cw_mode"), tf.unknown("var.bookmarks_mode")),
		tf.res("aws_glue_security_configuration", "dynamic", {"name": "dynamic", "encryption_configuration": tf.unknown("var.encryption")}),
	])
}
