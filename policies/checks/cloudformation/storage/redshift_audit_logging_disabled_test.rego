package evident.checks.cloudformation.redshift_audit_logging_disabled_test

import data.evident.checks.cloudformation.redshift_audit_logging_disabled as check

res(type, id, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

cluster(id, props) := res("AWS::Redshift::Cluster", id, object.union({"ClusterType": "single-node", "NodeType": "ra3.xlplus"}, props))

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

ref(id) := {"__unknown__": concat(" ", ["Ref", id]), "refs": [id], "__ref__": id}

no_destination(id) := {"resource": id, "path": ["properties", "LoggingProperties"], "msg": concat("", [id, " has no audit logging (LoggingProperties sets neither BucketName nor LogDestinationType cloudwatch)"])}

test_missing_or_null_logging_properties if {
	check.deny == {
		{"resource": "Warehouse", "msg": "Warehouse has no audit logging (LoggingProperties is not set)"},
		{"resource": "Nulled", "msg": "Nulled has no audit logging (LoggingProperties is not set)"},
	} with input as {"resources": [cluster("Warehouse", {}), cluster("Nulled", {"LoggingProperties": null})]}
}

test_logging_properties_without_destination if {
	check.deny == {no_destination("Empty"), no_destination("S3NoBucket"), no_destination("EmptyBucket"), no_destination("PrefixOnly")} with input as {"resources": [
		cluster("Empty", {"LoggingProperties": {}}),
		cluster("S3NoBucket", {"LoggingProperties": {"LogDestinationType": "s3", "LogExports": ["connectionlog"]}}),
		cluster("EmptyBucket", {"LoggingProperties": {"BucketName": ""}}),
		cluster("PrefixOnly", {"LoggingProperties": {"S3KeyPrefix": "redshift/"}}),
	]}
}

test_bucket_or_cloudwatch_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("S3", {"LoggingProperties": {"BucketName": "clinic-audit-logs", "S3KeyPrefix": "redshift/"}}),
		cluster("S3Typed", {"LoggingProperties": {"LogDestinationType": "s3", "BucketName": ref("AuditBucket")}}),
		cluster("Cw", {"LoggingProperties": {"LogDestinationType": "cloudwatch", "LogExports": ["connectionlog", "userlog", "useractivitylog"]}}),
		cluster("CwUpper", {"LoggingProperties": {"LogDestinationType": "CloudWatch"}}),
	]}
}

test_unknowns_pass if {
	count(check.deny) == 0 with input as {"resources": [
		cluster("A", {"LoggingProperties": unknown("Fn::If UseLogging")}),
		cluster("B", {"LoggingProperties": {"LogDestinationType": unknown("Ref LogDestination")}}),
		cluster("C", {"LoggingProperties": {"BucketName": unknown("Ref LogBucketName")}}),
	]}
}

# Only clusters are read: Redshift Serverless logs differently.
test_other_types_are_ignored if {
	check.deny == {{"resource": "Warehouse", "msg": "Warehouse has no audit logging (LoggingProperties is not set)"}} with input as {"resources": [
		res("AWS::RedshiftServerless::Namespace", "Namespace", {"NamespaceName": "analytics"}),
		res("AWS::Redshift::ClusterParameterGroup", "Params", {"ParameterGroupFamily": "redshift-1.0"}),
		cluster("Warehouse", {}),
	]}
}
