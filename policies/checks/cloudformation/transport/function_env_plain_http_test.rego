package evident.checks.cloudformation.function_env_plain_http_test

import data.evident.checks.cloudformation.function_env_plain_http as check

fn(id, variables) := {"id": id, "type": "AWS::Lambda::Function", "properties": {"Handler": "index.handler", "Environment": {"Variables": variables}}, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

test_remote_http_is_reported if {
	check.deny == {
		{"resource": "Referrals", "path": ["properties", "Environment", "Variables", "FHIR_BASE_URL"], "msg": "function Referrals points FHIR_BASE_URL at http://fhir.partner-hospital.org over plain HTTP"},
		{"resource": "Sync", "path": ["properties", "ContainerDefinitions", 0, "Environment", 1, "Value"], "msg": "container 0 of Sync points LAB_API at http://api.partner-lab.com over plain HTTP"},
	} with input as {"resources": [
		fn("Referrals", {"FHIR_BASE_URL": "http://fhir.partner-hospital.org/r4"}),
		{
			"id": "Sync", "type": "AWS::ECS::TaskDefinition", "properties": {"ContainerDefinitions": [{"Environment": [
				{"Name": "LOG_LEVEL", "Value": "info"},
				{"Name": "LAB_API", "Value": "http://api.partner-lab.com/v2"},
			]}]},
			"dependsOn": [], "file": "t.yaml", "startLine": 10, "endLine": 20,
		},
	]}
}

test_https_and_private_hosts_pass if {
	count(check.deny) == 0 with input as {"resources": [fn("Referrals", {
		"FHIR_BASE_URL": "https://fhir.partner-hospital.org/r4",
		"INTERNAL_API": "http://10.0.4.20:8080",
		"VPCE_URL": "http://api.clinic.internal",
	})]}
}
