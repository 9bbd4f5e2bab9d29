package evident.checks.cloudformation.eks_audit_logs_disabled_test

import data.evident.checks.cloudformation.eks_audit_logs_disabled as check

cluster(id, props) := {"id": id, "type": "AWS::EKS::Cluster", "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 20}

types(list) := {"Logging": {"ClusterLogging": {"EnabledTypes": list}}}

unknown := {"__unknown__": "Ref P", "refs": ["P"]}

msg(id) := sprintf("%s Logging.ClusterLogging.EnabledTypes has no entry with Type audit: the Kubernetes API audit log is not sent to CloudWatch", [id])

test_missing_logging_and_types_without_audit if {
	check.deny == {
		{"resource": "A", "msg": "A has no Logging: the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "B", "msg": "B has no Logging: the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "C", "path": ["properties", "Logging"], "msg": msg("C")},
		{"resource": "D", "path": ["properties", "Logging", "ClusterLogging"], "msg": msg("D")},
		{"resource": "E", "path": ["properties", "Logging", "ClusterLogging", "EnabledTypes"], "msg": msg("E")},
		{"resource": "F", "path": ["properties", "Logging", "ClusterLogging", "EnabledTypes"], "msg": msg("F")},
		{"resource": "G", "path": ["properties", "Logging", "ClusterLogging", "EnabledTypes"], "msg": msg("G")},
	} with input as {"resources": [
		cluster("A", {"Name": "a"}),
		cluster("B", {"Logging": null}),
		cluster("C", {"Logging": {}}),
		cluster("D", {"Logging": {"ClusterLogging": {}}}),
		cluster("E", types([])),
		cluster("F", types([{"Type": "api"}, {"Type": "authenticator"}])),
		cluster("G", types([{"Type": "api"}, {}])),
	]}
}

test_audit_passes if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", types([{"Type": "audit"}])),
		cluster("B", types([{"Type": "api"}, {"Type": "audit"}, {"Type": "authenticator"}])),
	]}
}

test_unknown_values_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"Logging": unknown}),
		cluster("B", {"Logging": {"ClusterLogging": unknown}}),
		cluster("C", types(unknown)),
		cluster("D", types([{"Type": "api"}, unknown])),
		cluster("E", types([{"Type": unknown}])),
	]}
}
