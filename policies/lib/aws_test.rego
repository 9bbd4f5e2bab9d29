package evident.lib.aws_test

import data.evident.lib.aws

test_emr_flag_off if {
	aws.emr_flag_off({}, "EnableAtRestEncryption") == [[], "no EncryptionConfiguration"]
	aws.emr_flag_off({"EncryptionConfiguration": null}, "EnableAtRestEncryption") == [[], "no EncryptionConfiguration"]
	aws.emr_flag_off({"EncryptionConfiguration": {}}, "EnableAtRestEncryption") == [["EncryptionConfiguration"], "EncryptionConfiguration.EnableAtRestEncryption is not set"]
	aws.emr_flag_off({"EncryptionConfiguration": {"EnableInTransitEncryption": "false"}}, "EnableInTransitEncryption") == [["EncryptionConfiguration", "EnableInTransitEncryption"], "EncryptionConfiguration.EnableInTransitEncryption is false"]
	not aws.emr_flag_off({"EncryptionConfiguration": {"EnableAtRestEncryption": true}}, "EnableAtRestEncryption")
	not aws.emr_flag_off({"EncryptionConfiguration": {"__unknown__": "Ref P", "refs": ["P"]}}, "EnableAtRestEncryption")
}

test_sagemaker_local_storage if {
	every type in ["ml.m5d.large", "ml.c6id.xlarge", "ml.g4dn.xlarge", "ml.p3dn.24xlarge", "ml.p4de.24xlarge", "ml.g5.xlarge", "ml.trn1n.32xlarge"] {
		aws.sagemaker_local_storage(type)
	}
	every type in ["ml.m5.large", "ml.c6i.xlarge", "ml.t2.medium", "ml.inf1.xlarge", "ml.d", "m5d"] {
		not aws.sagemaker_local_storage(type)
	}
}

test_rds_tls_setting if {
	aws.rds_tls_setting("postgres14", false) == {"name": "rds.force_ssl", "on": {"1", "true"}, "default_on": false}
	aws.rds_tls_setting("aurora-postgresql16", false).default_on
	aws.rds_tls_setting("postgres9.6", true).name == "rds.force_ssl"
	aws.rds_tls_setting("mysql8.0", true) == {"name": "require_secure_transport", "on": {"on", "1", "true"}, "default_on": false}
	aws.rds_tls_setting("mysql8.4", true).default_on
	aws.rds_tls_setting("mariadb10.6", false).name == "require_secure_transport"
	aws.rds_tls_setting("aurora-mysql8.0", false).name == "require_secure_transport"

	# Aurora: the cluster parameter group only.
	not aws.rds_tls_setting("aurora-mysql8.0", true)
	not aws.rds_tls_setting("aurora-postgresql15", true)

	not aws.rds_tls_setting("oracle-ee-19", false)
	not aws.rds_tls_setting("sqlserver-se-15.0", true)
	not aws.rds_tls_setting("my-mysql8.0", false)
}

test_secretsmanager_managed_key if {
	aws.secretsmanager_managed_key("alias/aws/secretsmanager")
	aws.secretsmanager_managed_key("arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager")
	not aws.secretsmanager_managed_key("alias/secrets")
	not aws.secretsmanager_managed_key("arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager-old")
	not aws.secretsmanager_managed_key("xalias/aws/secretsmanager")
}
