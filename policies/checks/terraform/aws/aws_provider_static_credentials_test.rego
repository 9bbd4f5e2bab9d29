package evident.checks.terraform.aws_provider_static_credentials_test

import data.evident.checks.terraform.aws_provider_static_credentials as check
import data.evident.lib.tf_fixtures_test as tf

test_literal_keys if {
	check.deny == {
		{"resource": "provider.aws", "path": ["config", "access_key"], "secret": true, "msg": "provider.aws sets a literal access_key (credentials committed to the code)"},
		{"resource": "provider.aws", "path": ["config", "secret_key"], "secret": true, "msg": "provider.aws sets a literal secret_key (credentials committed to the code)"},
	} with input as tf.doc_with([], [tf.provider("aws", "", {"region": "eu-west-1", "access_key": "AKIAIOSFODNN7EXAMPLE", "secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"})])
}

test_variables_profile_and_other_providers_pass if {
	count(check.deny) == 0 with input as tf.doc_with([], [
		tf.provider("aws", "", {"access_key": tf.unknown("var.access_key"), "secret_key": tf.unknown("var.secret_key")}),
		tf.provider("aws", "eu", {"profile": "prod"}),
		tf.provider("other", "", {"token": "abc"}),
	])
}
