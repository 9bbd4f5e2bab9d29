package evident.checks.terraform.secretsmanager_secret_no_rotation_test

import data.evident.checks.terraform.secretsmanager_secret_no_rotation as check
import data.evident.lib.tf_fixtures_test as tf

msg(id) := concat("", [id, " has no aws_secretsmanager_secret_rotation (its value is never rotated automatically)"])

rotation(name, secret_id) := tf.res("aws_secretsmanager_secret_rotation", name, {
	"secret_id": secret_id,
	"rotation_lambda_arn": tf.unknown("aws_lambda_function.rotate.arn"),
	"rotation_rules": [{"automatically_after_days": 30}],
})

test_secret_without_rotation if {
	check.deny == {{"resource": "aws_secretsmanager_secret.api", "msg": msg("aws_secretsmanager_secret.api")}} with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {"name": "prod/db"}),
		tf.res("aws_secretsmanager_secret", "api", {"name": "prod/api"}),
		rotation("db", tf.unknown("aws_secretsmanager_secret.db.id")),
	])
}

test_rotation_by_arn_or_literal_name_counts if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {"name": "prod/db"}),
		rotation("db", tf.unknown("aws_secretsmanager_secret.db.arn")),
	])
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {"name": "prod/db"}),
		rotation("db", "prod/db"),
	])
}

# A literal that names another secret (one that already exists) does not count.
test_literal_name_of_another_secret_does_not_count if {
	check.deny == {{"resource": "aws_secretsmanager_secret.db", "msg": msg("aws_secretsmanager_secret.db")}} with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {"name": "prod/db"}),
		rotation("legacy", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf"),
	])
}

# Provider v3 set the rotation on the secret itself.
test_inline_rotation_of_provider_v3_counts if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "a", {"rotation_lambda_arn": tf.unknown("aws_lambda_function.rotate.arn")}),
		tf.res("aws_secretsmanager_secret", "b", {"rotation_rules": [{"automatically_after_days": 30}]}),
	])
	check.deny == {{"resource": "aws_secretsmanager_secret.a", "msg": msg("aws_secretsmanager_secret.a")}} with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "a", {"rotation_lambda_arn": ""}),
	])
}

# A rotation whose secret is a variable or a module output may be any secret's;
# one that refers to another secret of the module does not silence the check.
test_unattributed_rotation_silences if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {}),
		rotation("x", tf.unknown("var.secret_id")),
	])
	check.deny == {{"resource": "aws_secretsmanager_secret.api", "msg": msg("aws_secretsmanager_secret.api")}} with input as tf.doc([
		tf.res("aws_secretsmanager_secret", "db", {}),
		tf.res("aws_secretsmanager_secret", "api", {}),
		rotation("db", tf.unknown("aws_secretsmanager_secret.db.id")),
	])
}

test_secret_passed_to_a_module_declaring_a_rotation_is_not_reported if {
	call := {
		"id": "module.rotation", "name": "rotation", "source": "./modules/rotation", "source_type": "local",
		"file": "main.tf", "startLine": 10, "endLine": 13,
		"config": {"secret_arn": tf.unknown("aws_secretsmanager_secret.db.arn")},
		"declares": ["aws_lambda_function", "aws_secretsmanager_secret_rotation"],
	}
	secrets := [tf.res("aws_secretsmanager_secret", "db", {}), tf.res("aws_secretsmanager_secret", "api", {})]
	{f.resource | some f in check.deny} == {"aws_secretsmanager_secret.api"} with input as object.union(tf.doc(secrets), {"modules": [call]})

	# A module that declares no rotation (it only reads the secret) does not count.
	reader := object.union(call, {"declares": ["aws_ecs_task_definition"]})
	{f.resource | some f in check.deny} == {"aws_secretsmanager_secret.db", "aws_secretsmanager_secret.api"} with input as object.union(tf.doc(secrets), {"modules": [reader]})
}

# A registry or git module (no `declares`, no model) may rotate the secret it is given.
test_secret_passed_to_a_module_whose_code_is_not_read_is_not_reported if {
	call := {"id": "module.rotation", "name": "rotation", "source": "acme/secret-rotation/aws", "source_type": "registry", "config": {"secret_id": tf.unknown("aws_secretsmanager_secret.db.id")}}
	secrets := [tf.res("aws_secretsmanager_secret", "db", {}), tf.res("aws_secretsmanager_secret", "api", {})]
	{f.resource | some f in check.deny} == {"aws_secretsmanager_secret.api"} with input as object.union(tf.doc(secrets), {"modules": [call]})
}

test_secret_of_a_registry_module_call_is_not_reported if {
	created := object.union(tf.res("aws_secretsmanager_secret", "this", {}), {"id": "module.db_secret.aws_secretsmanager_secret.this", "created_by": {"call": "module.db_secret"}})
	count(check.deny) == 0 with input as tf.doc([created])
}
