package evident.checks.terraform.mwaa_webserver_public_test

import data.evident.checks.terraform.mwaa_webserver_public as check

environment(name, config) := {"id": concat(".", ["aws_mwaa_environment", name]), "type": "aws_mwaa_environment", "mode": "managed", "config": config}

test_a_public_web_server_is_reported if {
	check.deny == {{
		"resource": "aws_mwaa_environment.claims",
		"path": ["config", "webserver_access_mode"],
		"msg": "aws_mwaa_environment.claims serves its Airflow web server on a public endpoint (webserver_access_mode = \"PUBLIC_ONLY\")",
	}} with input as {"type": "terraform", "resources": [
		environment("claims", {"name": "claims", "webserver_access_mode": "PUBLIC_ONLY"}),
		environment("private", {"name": "private", "webserver_access_mode": "PRIVATE_ONLY"}),
		environment("default", {"name": "default"}),
		environment("variable", {"name": "v", "webserver_access_mode": {"__unknown__": "var.mode", "refs": ["var.mode"]}}),
	]}
}
