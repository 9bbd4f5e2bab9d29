package evident.checks.cloudformation.transfer_server_outdated_policy_test

import data.evident.checks.cloudformation.transfer_server_outdated_policy as check

server(id, properties) := {"id": id, "type": "AWS::Transfer::Server", "properties": properties}

test_default_and_2018_policies_are_reported if {
	check.deny == {
		{"resource": "LabSftp", "msg": "LabSftp has no SecurityPolicyName: it gets TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms"},
		{
			"resource": "PayerSftp", "path": ["properties", "SecurityPolicyName"],
			"msg": "PayerSftp uses TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms",
		},
	} with input as {"type": "cloudformation", "resources": [
		server("LabSftp", {"Protocols": ["SFTP", "FTP"]}),
		server("PayerSftp", {"SecurityPolicyName": "TransferSecurityPolicy-2018-11"}),
	]}
}

test_current_policies_ftp_only_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		server("A", {"SecurityPolicyName": "TransferSecurityPolicy-2024-01"}),
		server("B", {"Protocols": ["FTP"]}),
		server("C", {"SecurityPolicyName": {"__unknown__": "Ref Policy", "refs": ["Policy"]}}),
		server("D", {"Protocols": {"__unknown__": "Ref Protocols", "refs": ["Protocols"]}}),
	]}
}
