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

# Clusters created by terraform-aws-modules/eks calls are judged by the log types the model gives them.
created(call, config) := object.union(tf.res("aws_eks_cluster", "this", config), {
	"id": concat("", ["module.", call, ".aws_eks_cluster.this"]),
	"created_by": {"call": concat("", ["module.", call]), "source": "terraform-aws-modules/eks/aws", "module": "terraform-aws-modules/eks/aws"},
})

test_module_created_clusters if {
	check.deny == {
		{"resource": "module.claims.aws_eks_cluster.this", "path": ["config", "enabled_cluster_log_types"], "msg": "module.claims.aws_eks_cluster.this enabled_cluster_log_types leaves out \"audit\": the Kubernetes API audit log is not sent to CloudWatch"},
		{"resource": "module.intake.aws_eks_cluster.this", "msg": "module.intake.aws_eks_cluster.this sets no enabled_cluster_log_types: the Kubernetes API audit log is not sent to CloudWatch"},
	} with input as tf.doc([
		# Version 17 default: no log types.
		created("claims", {"enabled_cluster_log_types": []}),
		# cluster_enabled_log_types = null (version 18+).
		created("intake", {"enabled_cluster_log_types": null}),
		# Version 18+ default.
		created("records", {"enabled_cluster_log_types": ["audit", "api", "authenticator"]}),
		# No version pinned: the default is unknown.
		created("kiosk", {"enabled_cluster_log_types": tf.unknown("default of module.kiosk.cluster_enabled_log_types")}),
	])
}
