package evident.checks.terraform.ec2_user_data_secret_test

import data.evident.checks.terraform.ec2_user_data_secret as check
import data.evident.lib.tf_fixtures_test as tf

finding(id, key, msg) := {"resource": id, "path": ["config", key], "msg": msg, "secret": true}

script := concat("\n", [
	"#!/bin/bash",
	"export AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXNN",
	"export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Rt2",
	"export AWS_DEFAULT_REGION=eu-west-1",
	"",
])

test_access_keys_in_instance_user_data if {
	check.deny == {
		finding("aws_instance.web", "user_data", "aws_instance.web writes an AWS access key ID into its user_data"),
		finding("aws_instance.web", "user_data", "aws_instance.web writes AWS_SECRET_ACCESS_KEY (a secret by its name) into its user_data"),
	} with input as tf.doc([tf.res("aws_instance", "web", {"ami": "ami-12345678", "user_data": script})])
}

# Launch templates take base64 (a literal is decoded); launch configurations a cloud-init file or base64.
test_launch_templates_configurations_and_base64 if {
	check.deny == {
		finding("aws_launch_template.app", "user_data", "aws_launch_template.app writes DATABASE_PASSWORD (a secret by its name) into its user_data"),
		finding("aws_launch_configuration.app", "user_data", "aws_launch_configuration.app writes password (a secret by its name) into its user_data"),
		finding("aws_instance.b64", "user_data_base64", "aws_instance.b64 writes DATABASE_PASSWORD (a secret by its name) into its user_data_base64"),
		finding("aws_spot_instance_request.batch", "user_data", "aws_spot_instance_request.batch writes a connection string with an embedded password into its user_data"),
	} with input as tf.doc([
		tf.res("aws_launch_template", "app", {"user_data": base64.encode("export DATABASE_PASSWORD=\"SomeSortOfPassword\"\n")}),
		tf.res("aws_launch_configuration", "app", {"user_data": "#cloud-config\nusers:\n  - name: clinic\n    password: Clinic-Boot-2024\n"}),
		tf.res("aws_instance", "b64", {"user_data_base64": "ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi"}),
		tf.res("aws_spot_instance_request", "batch", {"user_data": "git clone https://deploy:ghp_0123456789abcdef@github.com/clinic/batch.git /opt/batch"}),
	])
}

# A heredoc interpolating unknown values: its literal lines are read, interpolated ones are not.
test_literal_lines_of_a_partly_known_heredoc if {
	check.deny == {finding("aws_instance.web", "user_data", "aws_instance.web writes API_TOKEN (a secret by its name) into its user_data")} with input as tf.doc([tf.res("aws_instance", "web", {"user_data": {
		"__unknown__": "<<-EOT\n    #!/bin/bash\n    export DB_PASSWORD=${random_password.db.result}\n    export API_TOKEN=tok-9f2c81ab\n  EOT",
		"refs": ["random_password.db.result"],
	}})])
}

# A value interpolated from a secret-looking variable with a default is reported by EVD-TF-057 at the variable.
test_committed_variable_reported_elsewhere if {
	count(check.deny) == 0 with input as object.union(
		tf.doc([tf.res("aws_instance", "web", {"user_data": "export DB_PASSWORD=Hunter-2024\n"})]),
		{"variables": [{"id": "var.db_password", "name": "db_password", "default": "Hunter-2024"}]},
	)
}

test_unknown_boot_time_and_placeholder_values_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_instance", "file", {"user_data": tf.unknown("file(\"${path.module}/init.sh\")")}),
		tf.res("aws_instance", "tpl", {"user_data": {"__unknown__": "templatefile(\"init.sh\", {\n  db_password = var.db_password\n})", "refs": ["var.db_password"]}}),
		tf.res("aws_launch_template", "ci", {"user_data": tf.unknown("data.cloudinit_config.app.rendered")}),
		tf.res("aws_launch_configuration", "b64", {"user_data_base64": tf.unknown("filebase64(\"init.sh\")")}),
		tf.res("aws_instance", "boot", {"user_data": concat("\n", [
			"#!/bin/bash",
			"export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id clinic/db --query SecretString --output text)",
			"export API_TOKEN=\"$TOKEN\"",
			"export AWS_ACCESS_KEY_ID=your_access_key_id_here",
			"export DB_PASSWORD_SSM_PATH=/clinic/db/password",
			"# export API_KEY=<your key>",
			"export GREETING=hello",
		])}),
		tf.res("aws_launch_configuration", "plain", {"user_data_base64": "ZXhwb3J0IEVESVRPUj12aW1hY3M="}),
		tf.res("aws_instance", "none", {"ami": "ami-12345678"}),
	])
}

test_plan_files_are_not_judged if {
	count(check.deny) == 0 with input as object.union(tf.doc([tf.res("aws_instance", "web", {"user_data": script})]), {"format": "plan"})
}
