package evident.checks.cloudformation.redshift_ssl_not_required_test

import data.evident.checks.cloudformation.redshift_ssl_not_required as check

res(type, id, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

group(id, props) := res("AWS::Redshift::ClusterParameterGroup", id, props)

cluster(id, props) := res("AWS::Redshift::Cluster", id, props)

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

param(name, value) := {"ParameterName": name, "ParameterValue": value}

test_group_without_with_false_and_default_cluster if {
	check.deny == {
		{"resource": "A", "msg": "A does not set the require_ssl parameter to true"},
		{"resource": "B", "path": ["properties", "Parameters", 1, "ParameterValue"], "msg": "B sets require_ssl to false"},
		{"resource": "C", "msg": "C uses the default parameter group, which does not require SSL"},
	} with input as {"resources": [
		group("A", {"ParameterGroupFamily": "redshift-1.0", "Parameters": [param("enable_user_activity_logging", "true")]}),
		group("B", {"Parameters": [param("search_path", "public"), param("require_ssl", "false")]}),
		cluster("C", {"NodeType": "ra3.xlplus"}),
	]}
}

test_no_parameters_boolean_false_and_upper_case if {
	check.deny == {
		{"resource": "A", "msg": "A does not set the require_ssl parameter to true"},
		{"resource": "B", "path": ["properties", "Parameters", 0, "ParameterValue"], "msg": "B sets require_ssl to false"},
		{"resource": "C", "path": ["properties", "Parameters", 0, "ParameterValue"], "msg": "C sets require_ssl to false"},
	} with input as {"resources": [
		group("A", {"ParameterGroupFamily": "redshift-1.0"}),
		group("B", {"Parameters": [param("require_ssl", false)]}),
		group("C", {"Parameters": [param("require_ssl", "FALSE")]}),
	]}
}

test_every_require_ssl_entry_that_is_off_is_reported if {
	check.deny == {
		{"resource": "A", "path": ["properties", "Parameters", 0, "ParameterValue"], "msg": "A sets require_ssl to false"},
		{"resource": "A", "path": ["properties", "Parameters", 1, "ParameterValue"], "msg": "A sets require_ssl to 0"},
		{"resource": "B", "path": ["properties", "Parameters", 0], "msg": "B sets require_ssl to null"},
	} with input as {"resources": [
		group("A", {"Parameters": [param("require_ssl", "false"), param("require_ssl", 0)]}),
		group("B", {"Parameters": [{"ParameterName": "require_ssl"}]}),
	]}
}

test_required_string_boolean_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		group("A", {"Parameters": [param("require_ssl", "true")]}),
		group("B", {"Parameters": [param("require_ssl", true)]}),
		group("C", {"Parameters": [param("require_ssl", "TRUE"), param("require_ssl", "false")]}),
		group("D", {"Parameters": [param("require_ssl", unknown("Ref RequireSsl"))]}),
	]}
}

test_unknown_parameters_entries_and_names_pass if {
	count(check.deny) == 0 with input as {"resources": [
		group("A", {"Parameters": unknown("Fn::If UseSsl")}),
		group("B", {"Parameters": [param("search_path", "public"), unknown("Fn::If UseSsl")]}),
		group("C", {"Parameters": [param(unknown("Ref Name"), "true")]}),
	]}
}

test_cluster_with_a_group_passes if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"ClusterParameterGroupName": {"__unknown__": "Ref G", "refs": ["G"], "__ref__": "G"}}),
		cluster("B", {"ClusterParameterGroupName": "warehouse-ssl"}),
		cluster("C", {"ClusterParameterGroupName": unknown("Ref GroupName")}),
	]}
}

test_cluster_with_an_empty_group_name_uses_the_default if {
	check.deny == {{"resource": "A", "msg": "A uses the default parameter group, which does not require SSL"}} with input as {"resources": [cluster("A", {"ClusterParameterGroupName": ""})]}
}
