package evident.checks.terraform.secret_variable_committed_test

import data.evident.checks.terraform.secret_variable_committed as check
import data.evident.lib.tf_fixtures_test as tf

variable(name, fields) := object.union({"id": concat(".", ["var", name]), "name": name, "file": "variables.tf", "startLine": 1, "endLine": 3}, fields)

test_default_and_tfvars if {
	check.deny == {
		{"resource": "var.db_password", "path": ["default"], "secret": true, "msg": "var.db_password looks like a secret and has a literal default"},
		{"resource": "tfvars.api_token", "path": ["value"], "secret": true, "msg": "terraform.tfvars assigns a literal value to the secret-looking variable api_token"},
	} with input as object.union(tf.doc([]), {
		"variables": [variable("db_password", {"default": "hunter2"}), variable("api_token", {})],
		"tfvars": [{"id": "tfvars.api_token", "name": "api_token", "file": "terraform.tfvars", "startLine": 2, "endLine": 2, "value": "tok_live_123"}],
	})
}

test_empty_unknown_and_plain_names_pass if {
	count(check.deny) == 0 with input as object.union(tf.doc([]), {
		"variables": [
			variable("db_password", {}),
			variable("db_password_length", {"default": 32}),
			variable("secret_name", {"default": "prod/db"}),
			variable("api_key", {"default": ""}),
			variable("region", {"default": "eu-west-1"}),
		],
		"tfvars": [{"id": "tfvars.region", "name": "region", "file": "terraform.tfvars", "startLine": 1, "endLine": 1, "value": "eu-west-1"}],
	})
}
