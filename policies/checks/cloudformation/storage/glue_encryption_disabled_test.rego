package evident.checks.cloudformation.glue_encryption_disabled_test

import data.evident.checks.cloudformation.glue_encryption_disabled as check

res(id, type, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 19}

catalog(id, settings) := res(id, "AWS::Glue::DataCatalogEncryptionSettings", {"CatalogId": {"__unknown__": "Ref AWS::AccountId", "refs": ["AWS::AccountId"]}, "DataCatalogEncryptionSettings": settings})

security(id, configuration) := res(id, "AWS::Glue::SecurityConfiguration", {"Name": id, "EncryptionConfiguration": configuration})

key := {"__unknown__": "Fn::GetAtt GlueKey.Arn", "refs": ["GlueKey.Arn"], "__ref__": "GlueKey", "attribute": "Arn"}

encrypted_catalog := {
	"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS", "SseAwsKmsKeyId": key},
	"ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": true, "KmsKeyId": key},
}

encrypted_configuration := {
	"S3Encryptions": [{"S3EncryptionMode": "SSE-KMS", "KmsKeyArn": key}],
	"CloudWatchEncryption": {"CloudWatchEncryptionMode": "SSE-KMS", "KmsKeyArn": key},
	"JobBookmarksEncryption": {"JobBookmarksEncryptionMode": "CSE-KMS", "KmsKeyArn": key},
}

catalog_msg(id, detail) := sprintf("%s leaves the Glue Data Catalog's metadata unencrypted (%s)", [id, detail])

password_msg(id, detail) := sprintf("%s returns the passwords of Glue connections in clear text to whoever may read the connections (%s)", [id, detail])

test_catalog if {
	check.deny == {
		{"resource": "Empty", "path": ["properties", "DataCatalogEncryptionSettings"], "msg": catalog_msg("Empty", "no EncryptionAtRest")},
		{"resource": "Empty", "path": ["properties", "DataCatalogEncryptionSettings"], "msg": password_msg("Empty", "no ConnectionPasswordEncryption")},
		{"resource": "Disabled", "path": ["properties", "DataCatalogEncryptionSettings", "EncryptionAtRest", "CatalogEncryptionMode"], "msg": catalog_msg("Disabled", "CatalogEncryptionMode: DISABLED")},
		{"resource": "Disabled", "path": ["properties", "DataCatalogEncryptionSettings", "ConnectionPasswordEncryption", "ReturnConnectionPasswordEncrypted"], "msg": password_msg("Disabled", "ReturnConnectionPasswordEncrypted: false")},
		{"resource": "Unset", "path": ["properties", "DataCatalogEncryptionSettings", "EncryptionAtRest"], "msg": catalog_msg("Unset", "EncryptionAtRest without CatalogEncryptionMode")},
		{"resource": "Unset", "path": ["properties", "DataCatalogEncryptionSettings", "ConnectionPasswordEncryption"], "msg": password_msg("Unset", "ConnectionPasswordEncryption without ReturnConnectionPasswordEncrypted")},
	} with input as {"resources": [
		catalog("Empty", {}),
		catalog("Disabled", {"EncryptionAtRest": {"CatalogEncryptionMode": "DISABLED"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": "false"}}),
		catalog("Unset", {"EncryptionAtRest": {"SseAwsKmsKeyId": key}, "ConnectionPasswordEncryption": {"KmsKeyId": key}}),
		catalog("Encrypted", encrypted_catalog),
		catalog("ServiceRole", object.union(encrypted_catalog, {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS-WITH-SERVICE-ROLE"}})),
		catalog("Parameter", {"__unknown__": "Ref Settings", "refs": ["Settings"]}),
		catalog("UnknownMode", {"EncryptionAtRest": {"CatalogEncryptionMode": {"__unknown__": "Ref Mode", "refs": ["Mode"]}}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": {"__unknown__": "Ref Encrypt", "refs": ["Encrypt"]}}}),
	]}
}

test_security_configuration if {
	check.deny == {
		{"resource": "S3Off", "path": ["properties", "EncryptionConfiguration", "S3Encryptions", 0, "S3EncryptionMode"], "msg": "S3Off leaves the data its Glue jobs, crawlers and endpoints write to S3 unencrypted (S3EncryptionMode: DISABLED)"},
		{"resource": "OnlyS3", "path": ["properties", "EncryptionConfiguration"], "msg": "OnlyS3 leaves the logs its Glue jobs, crawlers and endpoints write to CloudWatch unencrypted (no CloudWatchEncryption)"},
		{"resource": "OnlyS3", "path": ["properties", "EncryptionConfiguration", "JobBookmarksEncryption", "JobBookmarksEncryptionMode"], "msg": "OnlyS3 leaves its job bookmarks unencrypted (JobBookmarksEncryptionMode: disabled)"},
		{"resource": "NoS3", "path": ["properties", "EncryptionConfiguration"], "msg": "NoS3 leaves the data its Glue jobs, crawlers and endpoints write to S3 unencrypted (no S3Encryptions)"},
		{"resource": "NoMode", "path": ["properties", "EncryptionConfiguration", "S3Encryptions", 1], "msg": "NoMode leaves the data its Glue jobs, crawlers and endpoints write to S3 unencrypted (an S3Encryptions item without S3EncryptionMode)"},
	} with input as {"resources": [
		security("S3Off", object.union(encrypted_configuration, {"S3Encryptions": [{"S3EncryptionMode": "DISABLED"}]})),
		security("OnlyS3", {"S3Encryptions": [{"S3EncryptionMode": "SSE-S3"}], "JobBookmarksEncryption": {"JobBookmarksEncryptionMode": "disabled"}}),
		security("NoS3", object.remove(encrypted_configuration, ["S3Encryptions"])),
		security("NoMode", object.union(encrypted_configuration, {"S3Encryptions": [{"S3EncryptionMode": "SSE-KMS", "KmsKeyArn": key}, {"KmsKeyArn": key}]})),
		security("Encrypted", encrypted_configuration),
		security("Parameter", {"__unknown__": "Ref Encryption", "refs": ["Encryption"]}),
		security("UnknownModes", {"S3Encryptions": [{"S3EncryptionMode": {"__unknown__": "Ref Mode", "refs": ["Mode"]}}], "CloudWatchEncryption": {"CloudWatchEncryptionMode": {"__unknown__": "Ref Mode", "refs": ["Mode"]}}, "JobBookmarksEncryption": {"JobBookmarksEncryptionMode": {"__unknown__": "Ref Mode", "refs": ["Mode"]}}}),
	]}
}
