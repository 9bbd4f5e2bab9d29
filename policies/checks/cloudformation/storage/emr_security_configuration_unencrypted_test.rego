package evident.checks.cloudformation.emr_security_configuration_unencrypted_test

import data.evident.checks.cloudformation.emr_security_configuration_unencrypted as check

configuration(id, value) := {"id": id, "type": "AWS::EMR::SecurityConfiguration", "properties": {"Name": lower(id), "SecurityConfiguration": value}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

cluster(id, properties) := {"id": id, "type": "AWS::EMR::Cluster", "properties": properties, "dependsOn": [], "file": "t.yaml", "startLine": 21, "endLine": 40}

unknown := {"__unknown__": "Ref EmrSetting", "refs": ["EmrSetting"]}

local_disk := {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:eu-west-1:123456789012:alias/emr"}

complete := {"EncryptionConfiguration": {
	"EnableAtRestEncryption": true,
	"EnableInTransitEncryption": true,
	"AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "alias/emr"}, "LocalDiskEncryptionConfiguration": local_disk},
	"InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://certs/emr.zip"}},
}}

# with_encryption(changes): the complete configuration with some of its
# EncryptionConfiguration entries replaced (object.union would merge nested objects).
with_encryption(changes) := {"EncryptionConfiguration": object.union(object.remove(complete.EncryptionConfiguration, object.keys(changes)), changes)}

at_rest(id, detail) := sprintf("%s does not enable at-rest encryption (%s): EMR encrypts neither the nodes' local disks nor the data EMRFS writes to S3", [id, detail])

in_transit(id, detail) := sprintf("%s does not enable in-transit encryption (%s): Hadoop, Spark and Presto traffic between the nodes is not encrypted", [id, detail])

local(id, detail) := sprintf("%s enables at-rest encryption but not for local disks (%s): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted", [id, detail])

test_each_missing_part_is_reported_where_it_is if {
	check.deny == {
		{"resource": "Off", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration", "EnableAtRestEncryption"], "msg": at_rest("Off", "EncryptionConfiguration.EnableAtRestEncryption is false")},
		{"resource": "Off", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration", "EnableInTransitEncryption"], "msg": in_transit("Off", "EncryptionConfiguration.EnableInTransitEncryption is false")},
		{"resource": "Empty", "path": ["properties", "SecurityConfiguration"], "msg": at_rest("Empty", "no EncryptionConfiguration")},
		{"resource": "Empty", "path": ["properties", "SecurityConfiguration"], "msg": in_transit("Empty", "no EncryptionConfiguration")},
		{"resource": "Unset", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration"], "msg": in_transit("Unset", "EncryptionConfiguration.EnableInTransitEncryption is not set")},
		{"resource": "S3Only", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration", "AtRestEncryptionConfiguration"], "msg": local("S3Only", "no LocalDiskEncryptionConfiguration")},
		{"resource": "NoBlock", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration"], "msg": local("NoBlock", "no AtRestEncryptionConfiguration")},
		{"resource": "NoProvider", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration", "AtRestEncryptionConfiguration", "LocalDiskEncryptionConfiguration"], "msg": local("NoProvider", "LocalDiskEncryptionConfiguration has no EncryptionKeyProviderType")},
		{"resource": "EmptyProvider", "path": ["properties", "SecurityConfiguration", "EncryptionConfiguration", "AtRestEncryptionConfiguration", "LocalDiskEncryptionConfiguration", "EncryptionKeyProviderType"], "msg": local("EmptyProvider", "LocalDiskEncryptionConfiguration has an empty EncryptionKeyProviderType")},
		{"resource": "JsonString", "path": ["properties", "SecurityConfiguration"], "msg": in_transit("JsonString", "EncryptionConfiguration.EnableInTransitEncryption is false")},
		{"resource": "Adhoc", "msg": "Adhoc has no SecurityConfiguration: EMR encrypts neither the traffic between its nodes nor their local disks"},
	} with input as {"resources": [
		configuration("Off", with_encryption({"EnableAtRestEncryption": "false", "EnableInTransitEncryption": false})),
		configuration("Empty", {}),
		configuration("Unset", {"EncryptionConfiguration": object.remove(complete.EncryptionConfiguration, ["EnableInTransitEncryption"])}),
		configuration("S3Only", with_encryption({"AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}}})),
		configuration("NoBlock", {"EncryptionConfiguration": object.remove(complete.EncryptionConfiguration, ["AtRestEncryptionConfiguration"])}),
		configuration("NoProvider", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EnableEbsEncryption": true}}})),
		configuration("EmptyProvider", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": ""}}})),
		configuration("JsonString", json.marshal(with_encryption({"EnableInTransitEncryption": false}))),
		cluster("Adhoc", {"Name": "adhoc", "ReleaseLabel": "emr-7.1.0"}),
	]}
}

test_complete_strings_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		configuration("Complete", complete),
		configuration("Strings", with_encryption({"EnableAtRestEncryption": "true", "EnableInTransitEncryption": "True"})),
		configuration("CompleteJson", json.marshal(complete)),
		configuration("Flags", with_encryption({"EnableAtRestEncryption": unknown, "EnableInTransitEncryption": unknown})),
		configuration("Block", {"EncryptionConfiguration": unknown}),
		configuration("AtRest", with_encryption({"AtRestEncryptionConfiguration": unknown})),
		configuration("Provider", with_encryption({"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": unknown}}})),
		configuration("Whole", unknown),
		configuration("NotJson", "{ not json"),
		cluster("Named", {"SecurityConfiguration": {"__unknown__": "Ref Complete", "__ref__": "Complete", "refs": ["Complete"]}}),
		cluster("Literal", {"SecurityConfiguration": "records-encryption"}),
		cluster("Param", {"SecurityConfiguration": unknown}),
	]}
}
