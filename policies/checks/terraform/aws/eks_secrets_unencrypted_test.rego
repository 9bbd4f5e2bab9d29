package evident.checks.terraform.eks_secrets_unencrypted_test

import data.evident.checks.terraform.eks_secrets_unencrypted as check
import data.evident.lib.tf_fixtures_test as tf

key := tf.unknown("aws_kms_key.eks.arn")

test_missing_block_resources_and_key if {
	check.deny == {
		{"resource": "aws_eks_cluster.a", "msg": "aws_eks_cluster.a has no encryption_config: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "aws_eks_cluster.b", "path": ["config", "encryption_config", 0, "resources"], "msg": "aws_eks_cluster.b encryption_config does not list \"secrets\" in resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "aws_eks_cluster.c", "path": ["config", "encryption_config", 0], "msg": "aws_eks_cluster.c encryption_config does not list \"secrets\" in resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "aws_eks_cluster.d", "path": ["config", "encryption_config", 0, "provider", 0, "key_arn"], "msg": "aws_eks_cluster.d encryption_config names no KMS key (provider.key_arn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "aws_eks_cluster.e", "path": ["config", "encryption_config", 0], "msg": "aws_eks_cluster.e encryption_config names no KMS key (provider.key_arn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "aws_eks_cluster.f", "path": ["config", "encryption_config", 0, "resources"], "msg": "aws_eks_cluster.f encryption_config does not list \"secrets\" in resources: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
	} with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"name": "a"}),
		tf.res("aws_eks_cluster", "b", {"encryption_config": [{"resources": [], "provider": [{"key_arn": key}]}]}),
		tf.res("aws_eks_cluster", "c", {"encryption_config": [{"provider": [{"key_arn": key}]}]}),
		tf.res("aws_eks_cluster", "d", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": ""}]}]}),
		tf.res("aws_eks_cluster", "e", {"encryption_config": [{"resources": ["secrets"]}]}),
		tf.res("aws_eks_cluster", "f", {"encryption_config": [{"resources": ["configmaps"], "provider": [{"key_arn": key}]}]}),
	])
}

test_customer_key_passes if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": key}]}]}),
		tf.res("aws_eks_cluster", "b", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": "arn:aws:kms:eu-central-1:111122223333:key/1"}]}]}),
	])
}

test_unknown_and_dynamic_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"encryption_config": [{"resources": tf.unknown("var.resources"), "provider": [{"key_arn": key}]}]}),
		tf.res("aws_eks_cluster", "b", {"encryption_config": [{"resources": [tf.unknown("var.kind")], "provider": [{"key_arn": key}]}]}),
		tf.res("aws_eks_cluster", "c", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": tf.unknown("var.key")}]}]}),
		tf.res("aws_eks_cluster", "d", {"dynamic": {"encryption_config": [{"for_each": tf.unknown("var.enc"), "content": [{}]}]}}),
		tf.res("aws_eks_cluster", "e", {"encryption_config": [{"resources": ["secrets"], "dynamic": {"provider": [{"for_each": tf.unknown("var.keys"), "content": [{}]}]}}]}),
	])
}

# A dynamic encryption_config beside a literal one may add the block that encrypts Secrets.
test_dynamic_beside_literal_block_passes if {
	dynamic := {"encryption_config": [{"for_each": tf.unknown("var.enc"), "content": [{}]}]}
	count(check.deny) == 0 with input as tf.doc([
		tf.res("aws_eks_cluster", "a", {"encryption_config": [{"resources": [], "provider": [{"key_arn": key}]}], "dynamic": dynamic}),
		tf.res("aws_eks_cluster", "b", {"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": ""}]}], "dynamic": dynamic}),
	])
}

# With several blocks (the provider allows one), one that encrypts Secrets is enough.
test_one_good_block_is_enough if {
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_eks_cluster", "a", {"encryption_config": [
		{"resources": [], "provider": [{"key_arn": key}]},
		{"resources": ["secrets"], "provider": [{"key_arn": key}]},
	]})])
	count(check.deny) == 0 with input as tf.doc([tf.res("aws_eks_cluster", "a", {"encryption_config": [
		{"resources": ["secrets"], "provider": [{"key_arn": ""}]},
		{"resources": ["secrets"], "provider": [{"key_arn": key}]},
	]})])
}

# Clusters created by terraform-aws-modules/eks calls are judged as the model writes them.
created(call, config) := object.union(tf.res("aws_eks_cluster", "this", config), {
	"id": concat("", ["module.", call, ".aws_eks_cluster.this"]),
	"created_by": {"call": concat("", ["module.", call]), "source": "terraform-aws-modules/eks/aws", "module": "terraform-aws-modules/eks/aws"},
})

test_module_created_clusters if {
	check.deny == {
		{"resource": "module.legacy.aws_eks_cluster.this", "msg": "module.legacy.aws_eks_cluster.this has no encryption_config: Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
		{"resource": "module.claims.aws_eks_cluster.this", "path": ["config", "encryption_config", 0, "provider", 0, "key_arn"], "msg": "module.claims.aws_eks_cluster.this encryption_config names no KMS key (provider.key_arn): Kubernetes Secrets are not envelope-encrypted with a customer-managed KMS key"},
	} with input as tf.doc([
		# Version 18 default: no encryption_config.
		created("legacy", {"name": "legacy", "enabled_cluster_log_types": ["audit", "api", "authenticator"]}),
		# create_kms_key = false with an empty provider_key_arn.
		created("claims", {"encryption_config": [{"provider": [{"key_arn": ""}], "resources": ["secrets"]}]}),
		# Version 19+ default: the key the module creates.
		created("records", {"encryption_config": [{"provider": [{"key_arn": tf.unknown("module.records.module.kms.key_arn")}], "resources": ["secrets"]}]}),
		# Undecided (no version pinned, an unknown input): a dynamic block.
		created("kiosk", {"dynamic": {"encryption_config": [{"for_each": tf.unknown("var.encryption"), "content": [{}]}]}}),
	])
}
