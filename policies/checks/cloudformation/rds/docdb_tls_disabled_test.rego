package evident.checks.cloudformation.docdb_tls_disabled_test

import data.evident.checks.cloudformation.docdb_tls_disabled as check

group(id, params) := res("AWS::DocDB::DBClusterParameterGroup", id, {"Family": "docdb5.0", "Description": id, "Parameters": params})

res(type, id, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

unknown := {"__unknown__": "Ref P", "refs": ["P"]}

test_disabled_is_reported_at_the_parameter if {
	check.deny == {
		{"resource": "Docs", "path": ["properties", "Parameters", "tls"], "msg": "Docs sets tls to disabled: DocumentDB clients connect without TLS"},
		{"resource": "Upper", "path": ["properties", "Parameters", "tls"], "msg": "Upper sets tls to disabled: DocumentDB clients connect without TLS"},
	} with input as {"resources": [
		group("Docs", {"audit_logs": "enabled", "tls": "disabled"}),
		group("Upper", {"tls": "Disabled"}),
	]}
}

test_tls_on_default_and_other_parameters_pass if {
	count(check.deny) == 0 with input as {"resources": [
		group("Enabled", {"tls": "enabled"}),
		group("Fips", {"tls": "fips-140-3"}),
		group("Tls12", {"tls": "tls1.2+"}),
		group("Tls13", {"tls": "TLS1.3+"}),
		group("Other", {"audit_logs": "disabled", "ttl_monitor": "disabled"}),
		group("Empty", {}),
		res("AWS::DocDB::DBClusterParameterGroup", "NoParameters", {"Family": "docdb5.0", "Description": "none"}),
		res("AWS::Neptune::DBClusterParameterGroup", "Graph", {"Family": "neptune1.3", "Description": "graph", "Parameters": {"tls": "disabled"}}),
	]}
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as {"resources": [
		group("Value", {"tls": unknown}),
		group("All", unknown),
		group("Null", {"tls": null}),
		group("Bool", {"tls": false}),
	]}
}
