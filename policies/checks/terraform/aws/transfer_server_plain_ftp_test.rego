package evident.checks.terraform.transfer_server_plain_ftp_test

import data.evident.checks.terraform.transfer_server_plain_ftp as check
import data.evident.lib.tf_fixtures_test as tf

server(name, config) := tf.res("aws_transfer_server", name, config)

test_plain_ftp if {
	check.deny == {
		{"resource": "aws_transfer_server.ftp", "path": ["config", "protocols", 0], "msg": "aws_transfer_server.ftp accepts plain FTP: user names, passwords and files cross the network in clear text"},
		{"resource": "aws_transfer_server.mixed", "path": ["config", "protocols", 1], "msg": "aws_transfer_server.mixed accepts plain FTP: user names, passwords and files cross the network in clear text"},
	} with input as tf.doc([
		server("ftp", {"endpoint_type": "VPC", "protocols": ["FTP"]}),
		server("mixed", {"endpoint_type": "VPC", "protocols": ["SFTP", "ftp"]}),
		server("sftp", {"protocols": ["SFTP"]}),
		server("ftps", {"endpoint_type": "VPC", "protocols": ["FTPS", "SFTP"], "certificate": tf.unknown("aws_acm_certificate.transfer.arn")}),
		server("default", {"identity_provider_type": "SERVICE_MANAGED"}),
		server("unknown", {"protocols": tf.unknown("var.protocols")}),
		server("unknown_item", {"protocols": [tf.unknown("var.protocol")]}),
	])
}
