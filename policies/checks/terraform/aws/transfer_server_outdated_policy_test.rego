package evident.checks.terraform.transfer_server_outdated_policy_test

import data.evident.checks.terraform.transfer_server_outdated_policy as check
import data.evident.lib.tf_fixtures_test as tf

test_default_and_2018_policies_are_reported if {
	check.deny == {
		{"resource": "aws_transfer_server.lab", "msg": "aws_transfer_server.lab sets no security_policy_name: it gets TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms"},
		{
			"resource": "aws_transfer_server.payers", "path": ["config", "security_policy_name"],
			"msg": "aws_transfer_server.payers uses TransferSecurityPolicy-Restricted-2018-11, which keeps SHA-1-based algorithms",
		},
		{"resource": "aws_transfer_server.ftps", "msg": "aws_transfer_server.ftps sets no security_policy_name: it gets TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms"},
	} with input as tf.doc([
		tf.res("aws_transfer_server", "lab", {"identity_provider_type": "SERVICE_MANAGED"}),
		tf.res("aws_transfer_server", "payers", {"protocols": ["SFTP"], "security_policy_name": "TransferSecurityPolicy-Restricted-2018-11"}),
		tf.res("aws_transfer_server", "ftps", {"protocols": ["FTPS"], "certificate": "arn:aws:acm:us-east-1:123456789012:certificate/abc"}),
	])
}

test_current_policies_ftp_only_and_unknowns_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_transfer_server", "a", {"security_policy_name": "TransferSecurityPolicy-2024-01"}),
		tf.res("aws_transfer_server", "b", {"protocols": ["SFTP"], "security_policy_name": "TransferSecurityPolicy-FIPS-2024-01"}),
		tf.res("aws_transfer_server", "c", {"protocols": ["FTP"]}),
		tf.res("aws_transfer_server", "d", {"security_policy_name": tf.unknown("var.policy")}),
		tf.res("aws_transfer_server", "e", {"protocols": tf.unknown("var.protocols")}),
	])
}
