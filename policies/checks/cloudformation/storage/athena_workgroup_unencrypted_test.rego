package evident.checks.cloudformation.athena_workgroup_unencrypted_test

import data.evident.checks.cloudformation.athena_workgroup_unencrypted as check

wg(props) := {"id": "Queries", "type": "AWS::Athena::WorkGroup", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown(ref) := {"__unknown__": concat(" ", ["Ref", ref]), "refs": [ref]}

msg := "Queries does not encrypt query results: no WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration"

encrypted := {"EncryptionConfiguration": {"EncryptionOption": "SSE_KMS", "KmsKey": "alias/athena"}}

test_missing_at_each_level if {
	check.deny == {{"resource": "Queries", "msg": msg}} with input as {"resources": [wg({"Name": "q"})]}
	check.deny == {{"resource": "Queries", "path": ["properties", "WorkGroupConfiguration"], "msg": msg}} with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": null}})]}
	check.deny == {{"resource": "Queries", "path": ["properties", "WorkGroupConfiguration", "ResultConfiguration"], "msg": msg}} with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": {"OutputLocation": "s3://results/"}}})]}
	check.deny == {{
		"resource": "Queries", "path": ["properties", "WorkGroupConfiguration", "ResultConfiguration", "EncryptionConfiguration"],
		"msg": "Queries has an EncryptionConfiguration without EncryptionOption: query results are not encrypted",
	}} with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": {"EncryptionConfiguration": {"KmsKey": "alias/athena"}}}})]}
}

test_unencrypted_and_not_enforced_is_one_finding if {
	check.deny == {{"resource": "Queries", "path": ["properties", "WorkGroupConfiguration"], "msg": msg}} with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": false}})]}
}

test_encrypted_but_not_enforced if {
	check.deny == {{
		"resource": "Queries", "path": ["properties", "WorkGroupConfiguration", "EnforceWorkGroupConfiguration"],
		"msg": "Queries encrypts query results but sets EnforceWorkGroupConfiguration to false: a client's settings replace the workgroup's, so its query results may be written unencrypted",
	}} with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": "false", "ResultConfiguration": encrypted}})]}
}

test_encrypted_minimum_and_managed_pass if {
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": encrypted}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": true, "ResultConfiguration": encrypted}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": false, "EnableMinimumEncryptionConfiguration": true, "ResultConfiguration": encrypted}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ManagedQueryResultsConfiguration": {"Enabled": true}}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": false, "ManagedQueryResultsConfiguration": {"Enabled": "true", "EncryptionConfiguration": {"KmsKey": "alias/athena"}}}})]}
}

test_managed_results_switched_off_is_reported if {
	check.deny == {{"resource": "Queries", "path": ["properties", "WorkGroupConfiguration"], "msg": msg}} with input as {"resources": [wg({"WorkGroupConfiguration": {"ManagedQueryResultsConfiguration": {"Enabled": false}}})]}
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": unknown("Config")})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": unknown("Results")}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": {"EncryptionConfiguration": unknown("Enc")}}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ResultConfiguration": {"EncryptionConfiguration": {"EncryptionOption": unknown("Option")}}}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": unknown("Enforce"), "ResultConfiguration": encrypted}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": false, "EnableMinimumEncryptionConfiguration": unknown("Min"), "ResultConfiguration": encrypted}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ManagedQueryResultsConfiguration": {"Enabled": unknown("Managed")}}})]}
	count(check.deny) == 0 with input as {"resources": [wg({"WorkGroupConfiguration": {"ManagedQueryResultsConfiguration": unknown("Managed")}})]}
}
