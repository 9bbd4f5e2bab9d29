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

test_elb_policy_outdated if {
	every policy in [
		"ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-FS-2018-06",
		"ELBSecurityPolicy-TLS-1-0-2015-04", "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-FS-1-1-2019-08",
		"ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06",
		"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04", "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
	] {
		aws.elb_policy_outdated(policy)
	}
	every policy in [
		"ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
		"ELBSecurityPolicy-FS-1-2-Res-2020-10", "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04", "ELBSecurityPolicy-2016-08-custom", "",
	] {
		not aws.elb_policy_outdated(policy)
	}
}

test_storage_encryption_inherited if {
	every db in [
		{"type": "aws_db_instance", "config": {"replicate_source_db": "primary"}},
		{"type": "aws_db_instance", "config": {"snapshot_identifier": {"__unknown__": "var.snapshot", "refs": ["var.snapshot"]}}},
		{"type": "aws_db_instance", "config": {"restore_to_point_in_time": [{"source_db_instance_identifier": "primary"}]}},
		{"type": "aws_rds_cluster", "config": {"global_cluster_identifier": "g"}},
		{"type": "aws_rds_cluster", "config": {"replication_source_identifier": "arn:aws:rds:eu-west-1:1:cluster:c"}},
		{"type": "aws_docdb_cluster", "config": {"snapshot_identifier": "s"}},
		{"type": "aws_neptune_cluster", "config": {"replication_source_identifier": "c"}},
		{"type": "aws_rds_global_cluster", "config": {"source_db_cluster_identifier": "arn:aws:rds:eu-west-1:1:cluster:c"}},
		{"type": "aws_neptune_global_cluster", "config": {"source_db_cluster_identifier": "c"}},
	] {
		aws.storage_encryption_inherited(db)
	}
	every db in [
		{"type": "aws_db_instance", "config": {"storage_encrypted": false}},
		{"type": "aws_db_instance", "config": {"replicate_source_db": ""}},
		{"type": "aws_rds_cluster", "config": {"snapshot_identifier": null}},
		{"type": "aws_docdb_cluster", "config": {"replicate_source_db": "primary"}},
		{"type": "aws_rds_global_cluster", "config": {"global_cluster_identifier": "g"}},
		{"type": "aws_docdb_global_cluster", "config": {"snapshot_identifier": "s"}},
	] {
		not aws.storage_encryption_inherited(db)
	}
}

test_cloudfront_origin_helpers if {
	aws.cloudfront_old_origin_protocols(["TLSv1.2", "TLSv1.1", "SSLv3"]) == ["SSLv3", "TLSv1.1"]
	aws.cloudfront_old_origin_protocols(["TLSv1.2"]) == []
	aws.cloudfront_old_origin_protocols({"__unknown__": "var.protocols", "refs": ["var.protocols"]}) == []
	aws.cloudfront_origin_name("portal", 3) == "portal"
	aws.cloudfront_origin_name(null, 3) == "#3"
}

test_dms_endpoint_role if {
	aws.dms_endpoint_role({"endpoint_type": "source"}, "endpoint_type") == "source"
	aws.dms_endpoint_role({"EndpointType": "target"}, "EndpointType") == "target"
	aws.dms_endpoint_role({}, "endpoint_type") == "endpoint"
	aws.dms_endpoint_role({"endpoint_type": {"__unknown__": "var.type", "refs": ["var.type"]}}, "endpoint_type") == "endpoint"
}

test_ssm_session_preferences if {
	stream := {"schemaVersion": "1.0", "sessionType": "Standard_Stream"}
	aws.ssm_session_preferences("{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\"}", null) == stream
	aws.ssm_session_preferences(stream, "JSON") == stream
	aws.ssm_session_preferences("schemaVersion: '1.0'\nsessionType: Standard_Stream\n", "YAML") == stream
	not aws.ssm_session_preferences("schemaVersion: '1.0'\nsessionType: Standard_Stream\n", "JSON")
	not aws.ssm_session_preferences("{\"sessionType\":\"Standard_Stream\"}", "TEXT")
	not aws.ssm_session_preferences({"sessionType": "Port"}, null)
	not aws.ssm_session_preferences("a: &a [x, x]\nb: [*a, *a]\nsessionType: Standard_Stream\n", "YAML")
	shell := "sessionType: Standard_Stream\ninputs:\n  shellProfile:\n    linux: cd /tmp && exec bash\n"
	aws.ssm_session_preferences(shell, "YAML") == {"sessionType": "Standard_Stream", "inputs": {"shellProfile": {"linux": "cd /tmp && exec bash"}}}
	not aws.ssm_session_preferences({"__unknown__": "file(\"p.json\")", "refs": []}, null)
	aws.ssm_session_preferences({"__unknown__": "jsonencode({...})", "refs": [], "partial": stream}, null) == stream
	aws.ssm_session_preferences(stream, "YAML") == stream
	aws.ssm_session_preferences("{\"sessionType\":\"Standard_Stream\"}", "YAML") == {"sessionType": "Standard_Stream"}
}

test_ssm_session_unlogged if {
	every doc in [
		{"sessionType": "Standard_Stream"},
		{"sessionType": "Standard_Stream", "inputs": null},
		{"sessionType": "Standard_Stream", "inputs": {"idleSessionTimeout": "20"}},
		{"sessionType": "Standard_Stream", "inputs": {"s3BucketName": "", "cloudWatchLogGroupName": null}},
	] {
		aws.ssm_session_unlogged(doc)
	}
	every doc in [
		{"inputs": {"s3BucketName": "logs"}},
		{"inputs": {"cloudWatchLogGroupName": "/ssm"}},
		{"inputs": {"s3BucketName": {"__unknown__": "var.bucket", "refs": ["var.bucket"]}}},
		{"inputs": {"__unknown__": "var.inputs", "refs": ["var.inputs"]}},
	] {
		not aws.ssm_session_unlogged(doc)
	}
}

test_twins_judgements_of_notebooks_mail_transfer_and_audit_parameters if {
	aws.imds_version_one("1")
	aws.imds_version_one(1)
	not aws.imds_version_one("2")
	aws.ses_tls_optional("Optional")
	aws.ses_tls_optional("OPTIONAL")
	not aws.ses_tls_optional("REQUIRE")
	aws.transfer_policy_outdated("TransferSecurityPolicy-2018-11")
	aws.transfer_policy_outdated("TransferSecurityPolicy-Restricted-2018-11")
	not aws.transfer_policy_outdated("TransferSecurityPolicy-2024-01")
	not aws.transfer_policy_outdated({"__unknown__": "var.policy"})
	aws.transfer_uses_cryptography(["FTP", "sftp"])
	aws.transfer_uses_cryptography(["FTPS"])
	not aws.transfer_uses_cryptography(["FTP"])
	not aws.transfer_uses_cryptography([{"__unknown__": "var.protocol"}])
	aws.transfer_uses_cryptography(null)
	aws.transfer_uses_cryptography("SFTP")
	not aws.transfer_uses_cryptography("FTP")
	not aws.transfer_uses_cryptography({"__unknown__": "var.protocols"})
	aws.default_parameter_group("default.docdb5.0")
	aws.default_parameter_group("Default.Neptune1.3")
	not aws.default_parameter_group("claims-audited")
	aws.audit_parameter_off(null)
	aws.audit_parameter_off("disabled")
	aws.audit_parameter_off("NONE")
	aws.audit_parameter_off("0")
	aws.audit_parameter_off(0)
	not aws.audit_parameter_off("enabled")
	not aws.audit_parameter_off("ddl,dml_write")
	not aws.audit_parameter_off(1)
}

test_postgres_logging_values if {
	aws.postgres_logging_off(null)
	aws.postgres_logging_off(false)
	aws.postgres_logging_off(0)
	aws.postgres_logging_off("0")
	aws.postgres_logging_off("Off")
	aws.postgres_logging_off("")
	aws.postgres_logging_off(" no ")
	not aws.postgres_logging_off("1")
	not aws.postgres_logging_off(1)
	not aws.postgres_logging_off(true)
	not aws.postgres_logging_off("on")
	not aws.postgres_logging_off("receipt,authentication,authorization")
	not aws.postgres_logging_off(object.get({"v": {"__unknown__": "var.log_connections"}}, "v", null))
}

test_glue_jdbc_tls if {
	aws.glue_jdbc(null)
	aws.glue_jdbc("JDBC")
	not aws.glue_jdbc("KAFKA")
	aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:postgresql://records.internal:5432/records"})
	aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:mysql://db:3306/x", "JDBC_ENFORCE_SSL": "false"})
	aws.glue_tls_not_enforced({"USERNAME": "etl"})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:mysql://db:3306/x", "JDBC_ENFORCE_SSL": "true"})
	not aws.glue_tls_not_enforced({"JDBC_ENFORCE_SSL": "TRUE"})
	not aws.glue_tls_not_enforced({"JDBC_ENFORCE_SSL": true})
	not aws.glue_tls_not_enforced({"JDBC_ENFORCE_SSL": {"__unknown__": "var.enforce"}})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": {"__unknown__": "var.url"}})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/x?sslmode=require"})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/x?ssl=true"})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:sqlserver://db:1433;databaseName=x;encrypt=true"})
	not aws.glue_tls_not_enforced({"JDBC_CONNECTION_URL": "jdbc:mysql://db:3306/x?useSSL=true"})
}

test_redis_users if {
	aws.redis_user_open(true, null, "on ~* +@all")
	aws.redis_user_open(null, "no-password-required", "on ~app::* +@read")
	aws.redis_user_open(false, "password", "on nopass ~* +@all")
	not aws.redis_user_open(true, null, "off ~* +@all")
	not aws.redis_user_open(true, null, "on ~* +@all off")
	aws.redis_user_open(true, null, "off ~* on +@all")
	not aws.redis_user_open(null, "password", "on ~* +@all")
	not aws.redis_user_open(true, null, "~* +@all")
	not aws.redis_user_open(true, null, object.get({}, "access_string", null))
}

test_serverless_public_rules if {
	aws.serverless_public_rules([{"AllowFromPublic": false}, {"AllowFromPublic": true}]) == {2}
	aws.serverless_public_rules({"AllowFromPublic": true}) == {1}
	aws.serverless_public_rules([{"AllowFromPublic": "true"}]) == {1}
	aws.serverless_public_rules([{"AllowFromPublic": false, "SourceVPCEs": ["vpce-1"]}]) == set()
}

test_http_api_route_keys if {
	aws.http_api_route_key("GET /records/{id}")
	aws.http_api_route_key("any /{proxy+}")
	not aws.http_api_route_key("OPTIONS /records")
	not aws.http_api_route_key("$connect")
	not aws.http_api_route_key("sendMessage")
}

test_glue_password_properties if {
	"PASSWORD" in aws.glue_password_properties
	"KAFKA_SASL_SCRAM_PASSWORD" in aws.glue_password_properties
	not "USERNAME" in aws.glue_password_properties
	not "ENCRYPTED_PASSWORD" in aws.glue_password_properties
}
