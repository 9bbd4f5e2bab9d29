package evident.checks.cloudformation.mwaa_webserver_public_test

import data.evident.checks.cloudformation.mwaa_webserver_public as check

environment(id, properties) := {"id": id, "type": "AWS::MWAA::Environment", "properties": properties}

test_a_public_web_server_is_reported if {
	check.deny == {{
		"resource": "ClaimsAirflow",
		"path": ["properties", "WebserverAccessMode"],
		"msg": "ClaimsAirflow serves its Airflow web server on a public endpoint (WebserverAccessMode: PUBLIC_ONLY)",
	}} with input as {"type": "cloudformation", "resources": [
		environment("ClaimsAirflow", {"Name": "claims", "WebserverAccessMode": "PUBLIC_ONLY"}),
		environment("PrivateAirflow", {"Name": "private", "WebserverAccessMode": "PRIVATE_ONLY"}),
		environment("DefaultAirflow", {"Name": "default"}),
		environment("ParameterAirflow", {"Name": "p", "WebserverAccessMode": {"__unknown__": "Ref AccessMode", "refs": ["AccessMode"]}}),
	]}
}
