package evident.checks.cloudformation.transfer_server_plain_ftp_test

import data.evident.checks.cloudformation.transfer_server_plain_ftp as check

server(id, props) := {"id": id, "type": "AWS::Transfer::Server", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 12}

test_plain_ftp if {
	check.deny == {
		{"resource": "Ftp", "path": ["properties", "Protocols", 1], "msg": "Ftp accepts plain FTP: user names, passwords and files cross the network in clear text"},
	} with input as {"resources": [
		server("Ftp", {"EndpointType": "VPC", "Protocols": ["SFTP", "FTP"]}),
		server("Sftp", {"Protocols": ["SFTP"]}),
		server("Default", {"IdentityProviderType": "SERVICE_MANAGED"}),
		server("Parameter", {"Protocols": {"__unknown__": "Ref Protocols", "refs": ["Protocols"]}}),
	]}
}
