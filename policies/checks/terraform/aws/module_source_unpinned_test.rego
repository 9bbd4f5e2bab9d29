package evident.checks.terraform.module_source_unpinned_test

import data.evident.checks.terraform.module_source_unpinned as check
import data.evident.lib.tf_fixtures_test as tf

call(name, source, source_type, config) := {"id": concat(".", ["module", name]), "name": name, "source": source, "source_type": source_type, "file": "main.tf", "startLine": 1, "endLine": 3, "config": config}

test_unpinned_registry_and_git if {
	check.deny == {
		{"resource": "module.vpc", "msg": "module.vpc uses registry module terraform-aws-modules/vpc/aws without a version constraint"},
		{"resource": "module.net", "msg": "module.net uses git module git::https://example.com/net.git without ?ref= (a tag or commit)"},
	} with input as object.union(tf.doc([]), {"modules": [
		call("vpc", "terraform-aws-modules/vpc/aws", "registry", {}),
		call("net", "git::https://example.com/net.git", "git", {}),
	]})
}

test_pinned_local_and_unknown_pass if {
	count(check.deny) == 0 with input as object.union(tf.doc([]), {"modules": [
		call("vpc", "terraform-aws-modules/vpc/aws", "registry", {"version": "~> 5.0"}),
		call("vpc2", "terraform-aws-modules/vpc/aws", "registry", {"version": tf.unknown("var.v")}),
		call("net", "git::https://example.com/net.git?ref=v1.2.0", "git", {}),
		call("local", "./modules/storage", "local", {}),
		call("dyn", tf.unknown("var.src"), "unknown", {}),
	]})
}
