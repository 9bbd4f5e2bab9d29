package evident.checks.terraform.eks_audit_logs_disabled_test

import data.evident.checks.terraform.eks_audit_logs_disabled as check
import data.evident.lib.tf_fixtures_test as tf

test_absent_null_empty_and_without_audit if {
	check.deny == {
		{"resource": "aws_eks_cluster.a", "msg": "aws_eks_cluster.a sets no enabled_cluster_log_types: the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "aws_eks_cluster.b", "msg": "aws_eks_cluster.b sets no enabled_cluster_log_types: the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "aws_eks_cluster.c", "path": ["config", "enabled_cluster_log_types"], "msg": "aws_eks_cluster.c enabled_cluster_log_types leaves out \"audit\": the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "aws_eks_cluster.d", "path": ["config", "enabled_cluster_log_types"], "msg": "aws_eks_cluster.d enabled_cluster_log_types leaves out \"audit\": the Kubernetes API audit log is not sent to CloudWatch"},
	} with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"name": "a"}),
		tf.res("aws_eks_cluster", "b", {"enabled_cluster_log_types": null}),
		tf.res("aws_eks_cluster", "c", {"enabled_cluster_log_types": []}),
		tf.res("aws_eks_cluster", "d", {"enabled_cluster_log_types": ["api", "authenticator"]}),
	])
}

test_audit_and_unknown_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"enabled_cluster_log_types": ["audit"]}),
		tf.res("aws_eks_cluster", "b", {"enabled_cluster_log_types": ["api", "audit", "authenticator"]}),
		tf.res("aws_eks_cluster", "c", {"enabled_cluster_log_types": tf.unknown("var.log_types")}),
		tf.res("aws_eks_cluster", "d", {"enabled_cluster_log_types": ["api", tf.unknown("var.extra")]}),
	])
}

# A cluster created by a terraform-aws-modules/eks call: the model does not carry its log types.
test_module_created_cluster_is_skipped if {
	created := object.union(tf.res("aws_eks_cluster", "this", {"name": "records"}), {"id": "module.records.aws_eks_cluster.this", "created_by": {"call": "module.records", "source": "terraform-aws-modules/eks/aws"}})
	count(check.deny) == 0 with input as tf.doc([created])
}
