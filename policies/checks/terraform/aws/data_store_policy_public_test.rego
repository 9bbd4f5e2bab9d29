package evident.checks.terraform.data_store_policy_public_test

import data.evident.checks.terraform.data_store_policy_public as check
import data.evident.lib.tf_fixtures_test as tf

policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

anyone(action) := {"Effect": "Allow", "Principal": "*", "Action": action, "Resource": "*"}

org_only(action) := object.union(anyone(action), {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})

msg(id, action, how) := sprintf("%s has a policy that allows %s to anyone (Principal \"*\" %s)", [id, action, how])

finding(id, key, action) := {"resource": id, "path": ["config", key], "msg": msg(id, action, "without a condition")}

test_public_policies if {
	check.deny == {
		finding("aws_secretsmanager_secret_policy.db", "policy", "secretsmanager:GetSecretValue"),
		finding("aws_secretsmanager_secret.inline", "policy", "secretsmanager:*"),
		finding("aws_dynamodb_resource_policy.claims", "policy", "dynamodb:GetItem, dynamodb:Query"),
		finding("aws_kinesis_resource_policy.events", "policy", "kinesis:GetRecords"),
		finding("aws_glacier_vault.archive", "access_policy", "glacier:InitiateJob"),
		finding("aws_backup_vault_policy.records", "policy", "backup:*"),
		finding("aws_opensearch_domain.public", "access_policies", "es:*"),
		finding("aws_opensearch_domain_policy.search", "access_policies", "es:ESHttpGet"),
	} with input as tf.doc([
		tf.res("aws_secretsmanager_secret_policy", "db", {"secret_arn": tf.unknown("aws_secretsmanager_secret.db.arn"), "policy": policy([anyone("secretsmanager:GetSecretValue")])}),
		tf.res("aws_secretsmanager_secret", "inline", {"name": "inline", "policy": policy([anyone("secretsmanager:*")])}),
		tf.res("aws_dynamodb_resource_policy", "claims", {"resource_arn": tf.unknown("aws_dynamodb_table.claims.arn"), "policy": policy([anyone(["dynamodb:GetItem", "dynamodb:Query"])])}),
		tf.res("aws_kinesis_resource_policy", "events", {"resource_arn": tf.unknown("aws_kinesis_stream.events.arn"), "policy": policy([anyone("kinesis:GetRecords")])}),
		tf.res("aws_glacier_vault", "archive", {"name": "archive", "access_policy": policy([anyone("glacier:InitiateJob")])}),
		tf.res("aws_backup_vault_policy", "records", {"backup_vault_name": "records", "policy": policy([anyone("backup:*")])}),
		tf.res("aws_opensearch_domain", "public", {"domain_name": "public", "access_policies": policy([anyone("es:*")])}),
		tf.res("aws_opensearch_domain", "search", {"domain_name": "records-search"}),
		tf.res("aws_opensearch_domain_policy", "search", {"domain_name": tf.unknown("aws_opensearch_domain.search.domain_name"), "access_policies": policy([anyone("es:ESHttpGet")])}),
	])
}

test_restricted_or_private if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_secretsmanager_secret_policy", "org", {"policy": policy([org_only("secretsmanager:GetSecretValue")])}),
		tf.res("aws_secretsmanager_secret_policy", "account", {"policy": policy([object.union(anyone("secretsmanager:GetSecretValue"), {"Principal": {"AWS": "arn:aws:iam::123456789012:root"}})])}),
		tf.res("aws_secretsmanager_secret_policy", "unknown", {"policy": tf.unknown("var.policy")}),
		tf.res("aws_backup_vault_policy", "deny", {"policy": policy([object.union(anyone("backup:DeleteRecoveryPoint"), {"Effect": "Deny"})])}),
		tf.res("aws_opensearch_domain", "ip", {"domain_name": "ip", "access_policies": policy([object.union(anyone("es:*"), {"Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}})])}),
		tf.res("aws_opensearch_domain", "vpc", {"domain_name": "vpc", "vpc_options": [{"subnet_ids": ["subnet-1"]}], "access_policies": policy([anyone("es:*")])}),
		tf.res("aws_elasticsearch_domain", "fgac", {"domain_name": "fgac", "advanced_security_options": [{"enabled": true, "internal_user_database_enabled": true}], "access_policies": policy([anyone("es:*")])}),
		tf.res("aws_opensearch_domain", "maybe", {"domain_name": "maybe", "advanced_security_options": [{"enabled": tf.unknown("var.fgac")}], "access_policies": policy([anyone("es:*")])}),
		tf.res("aws_opensearch_domain", "private", {"domain_name": "private-search", "vpc_options": [{"subnet_ids": ["subnet-1"]}]}),
		tf.res("aws_opensearch_domain_policy", "private", {"domain_name": "private-search", "access_policies": policy([anyone("es:*")])}),
		tf.res("aws_opensearch_domain_policy", "elsewhere", {"domain_name": "shared-search", "access_policies": policy([anyone("es:*")])}),
	])
}
