package evident.checks.terraform.emr_security_configuration_unencrypted_test

import data.evident.checks.terraform.emr_security_configuration_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

local_disk := {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:eu-west-1:123456789012:alias/emr"}

tls := {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://certs/emr.zip"}}

complete := {"EncryptionConfiguration": {
	"EnableAtRestEncryption": true,
	"EnableInTransitEncryption": true,
	"AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "alias/emr"}, "LocalDiskEncryptionConfiguration": local_disk},
	"InTransitEncryptionConfiguration": tls,
}}

config(name, doc) := tf.res("aws_emr_security_configuration", name, {"name": name, "configuration": json.marshal(doc)})

# with_encryption(changes): the complete configuration with some of its
# EncryptionConfiguration entries replaced (object.union would merge nested objects).
with_encryption(changes) := {"EncryptionConfiguration": object.union(object.remove(complete.EncryptionConfiguration, object.keys(changes)), changes)}

at := ["config", "configuration"]

test_each_missing_part_is_reported if {
	check.deny == {
		{"resource": "aws_emr_security_configuration.off", "path": at, "msg": "aws_emr_security_configuration.off does not enable at-rest encryption (EncryptionConfiguration.EnableAtRestEncryption is false): EMR encrypts neither the nodes' local disks nor the data EMRFS writes to S3"},
		{"resource": "aws_emr_security_configuration.off", "path": at, "msg": "aws_emr_security_configuration.off does not enable in-transit encryption (EncryptionConfiguration.EnableInTransitEncryption is false): Hadoop, Spark and Presto traffic between the nodes is not encrypted"},
		{"resource": "aws_emr_security_configuration.auth", "path": at, "msg": "aws_emr_security_configuration.auth does not enable at-rest encryption (no EncryptionConfiguration): EMR encrypts neither the nodes' local disks nor the data EMRFS writes to S3"},
		{"resource": "aws_emr_security_configuration.auth", "path": at, "msg": "aws_emr_security_configuration.auth does not enable in-transit encryption (no EncryptionConfiguration): Hadoop, Spark and Presto traffic between the nodes is not encrypted"},
		{"resource": "aws_emr_security_configuration.unset", "path": at, "msg": "aws_emr_security_configuration.unset does not enable in-transit encryption (EncryptionConfiguration.EnableInTransitEncryption is not set): Hadoop, Spark and Presto traffic between the nodes is not encrypted"},
		{"resource": "aws_emr_security_configuration.s3_only", "path": at, "msg": "aws_emr_security_configuration.s3_only enables at-rest encryption but not for local disks (no LocalDiskEncryptionConfiguration): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted"},
		{"resource": "aws_emr_security_configuration.empty", "path": at, "msg": "aws_emr_security_configuration.empty enables at-rest encryption but not for local disks (LocalDiskEncryptionConfiguration has an empty EncryptionKeyProviderType): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted"},
		{"resource": "aws_emr_security_configuration.no_provider", "path": at, "msg": "aws_emr_security_configuration.no_provider enables at-rest encryption but not for local disks (LocalDiskEncryptionConfiguration has no EncryptionKeyProviderType): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted"},
		{"resource": "aws_emr_security_configuration.no_at_rest_block", "path": at, "msg": "aws_emr_security_configuration.no_at_rest_block enables at-rest encryption but not for local disks (no AtRestEncryptionConfiguration): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted"},
		{"resource": "aws_emr_cluster.adhoc", "msg": "aws_emr_cluster.adhoc has no security_configuration: EMR encrypts neither the traffic between its nodes nor their local disks"},
		{"resource": "aws_emr_cluster.nulled", "msg": "aws_emr_cluster.nulled has no security_configuration: EMR encrypts neither the traffic between its nodes nor their local disks"},
	} with input as tf.doc([
		config("off", with_encryption({"EnableAtRestEncryption": false, "EnableInTransitEncryption": "false"})),
		config("auth", {"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ClusterDedicatedKdc"}}}),
		config("unset", {"EncryptionConfiguration": object.remove(complete.EncryptionConfiguration, ["EnableInTransitEncryption"])}),
		config("s3_only", with_encryption({"AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}}})),
		config("empty", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "", "AwsKmsKey": ""}}})),
		config("no_provider", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EnableEbsEncryption": true}}})),
		config("no_at_rest_block", {"EncryptionConfiguration": object.remove(complete.EncryptionConfiguration, ["AtRestEncryptionConfiguration"])}),
		tf.res("aws_emr_cluster", "adhoc", {"name": "adhoc", "release_label": "emr-7.1.0"}),
		tf.res("aws_emr_cluster", "nulled", {"name": "nulled", "security_configuration": null}),
	])
}

test_complete_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		config("complete", complete),
		config("strings", with_encryption({"EnableAtRestEncryption": "true", "EnableInTransitEncryption": "TRUE"})),
		config("flags", with_encryption({"EnableAtRestEncryption": tf.unknown("var.at_rest"), "EnableInTransitEncryption": tf.unknown("var.in_transit")})),
		config("block", {"EncryptionConfiguration": tf.unknown("var.encryption")}),
		config("local", with_encryption({"AtRestEncryptionConfiguration": tf.unknown("var.at_rest_configuration")})),
		config("provider", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": tf.unknown("var.provider")}}})),
		tf.res("aws_emr_security_configuration", "variable", {"configuration": tf.unknown("var.emr_configuration")}),
		tf.res("aws_emr_security_configuration", "not_json", {"configuration": "{ not json"}),
		tf.res("aws_emr_security_configuration", "not_object", {"configuration": "[]"}),
		tf.res("aws_emr_cluster", "named", {"security_configuration": tf.unknown("aws_emr_security_configuration.complete.name")}),
		tf.res("aws_emr_cluster", "literal", {"security_configuration": "records-encryption"}),
	])
}

test_partial_jsonencode_is_read if {
	check.deny == {{"resource": "aws_emr_security_configuration.partial", "path": at, "msg": "aws_emr_security_configuration.partial does not enable in-transit encryption (EncryptionConfiguration.EnableInTransitEncryption is false): Hadoop, Spark and Presto traffic between the nodes is not encrypted"}} with input as tf.doc([tf.res("aws_emr_security_configuration", "partial", {"configuration": {"__unknown__": "jsonencode({...})", "refs": ["aws_kms_key.emr.arn"], "partial": with_encryption({
		"EnableInTransitEncryption": false,
		"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": tf.unknown("aws_kms_key.emr.arn")}},
	})}})])
}
