package evident.checks.terraform.azure_key_vault_key_rotation_disabled_test

import data.evident.checks.terraform.azure_key_vault_key_rotation_disabled as check
import data.evident.lib.tf_fixtures_test as tf

key(name, config) := tf.res("azurerm_key_vault_key", name, object.union({"key_type": "RSA", "key_size": 2048}, config))

test_no_rotation_policy_is_reported if {
	check.deny == {{"resource": "azurerm_key_vault_key.a", "msg": "azurerm_key_vault_key.a has no rotation_policy: the key is never rotated automatically"}} with input as tf.doc([key("a", {})])
	check.deny == {{"resource": "azurerm_key_vault_key.a", "msg": "azurerm_key_vault_key.a has no rotation_policy: the key is never rotated automatically"}} with input as tf.doc([key("a", {"key_type": "EC-HSM", "rotation_policy": null})])
}

test_policy_without_automatic_is_reported if {
	check.deny == {{"resource": "azurerm_key_vault_key.a", "path": ["config", "rotation_policy", 0], "msg": "azurerm_key_vault_key.a has a rotation_policy without an automatic block: the key is never rotated automatically"}} with input as tf.doc([key("a", {"rotation_policy": [{"expire_after": "P90D"}]})])

	# a block written as an object (a plan, HCL1) is located at its name
	check.deny == {{"resource": "azurerm_key_vault_key.a", "path": ["config", "rotation_policy"], "msg": "azurerm_key_vault_key.a has a rotation_policy without an automatic block: the key is never rotated automatically"}} with input as tf.doc([key("a", {"rotation_policy": {"expire_after": "P90D"}})])
}

test_empty_automatic_is_reported if {
	check.deny == {{"resource": "azurerm_key_vault_key.a", "path": ["config", "rotation_policy", 0, "automatic", 0], "msg": "azurerm_key_vault_key.a sets neither time_after_creation nor time_before_expiry in rotation_policy.automatic: the key is never rotated automatically"}} with input as tf.doc([key("a", {"rotation_policy": [{"expire_after": "P90D", "automatic": [{"time_before_expiry": null}]}]})])
	check.deny == {{"resource": "azurerm_key_vault_key.a", "path": ["config", "rotation_policy", 0, "automatic", 0], "msg": "azurerm_key_vault_key.a sets neither time_after_creation nor time_before_expiry in rotation_policy.automatic: the key is never rotated automatically"}} with input as tf.doc([key("a", {"rotation_policy": [{"automatic": [{"time_after_creation": ""}]}]})])
}

test_automatic_rotation_passes if {
	count(check.deny) == 0 with input as tf.doc([
		key("a", {"rotation_policy": [{"automatic": [{"time_after_creation": "P90D"}]}]}),
		key("b", {"rotation_policy": [{"expire_after": "P90D", "automatic": [{"time_before_expiry": "P30D"}]}]}),
	])
}

test_unknown_and_dynamic_are_silent if {
	count(check.deny) == 0 with input as tf.doc([
		key("a", {"rotation_policy": tf.unknown("var.rotation_policy")}),
		key("b", {"dynamic": {"rotation_policy": [{"for_each": tf.unknown("var.rotation")}]}}),
		key("c", {"rotation_policy": [{"expire_after": "P90D", "dynamic": {"automatic": [{"for_each": tf.unknown("var.auto")}]}}]}),
		key("d", {"rotation_policy": [{"automatic": tf.unknown("var.auto")}]}),
		key("e", {"rotation_policy": [{"automatic": [{"time_after_creation": tf.unknown("var.rotate_after")}]}]}),
		key("f", {"key_type": tf.unknown("var.key_type")}),
	])
}

test_other_key_types_are_not_reported if {
	count(check.deny) == 0 with input as tf.doc([key("a", {"key_type": "oct-HSM"}), key("b", {"key_type": "Oct"})])
	check.deny == {{"resource": concat(".", ["azurerm_key_vault_key", name]), "msg": concat("", ["azurerm_key_vault_key.", name, " has no rotation_policy: the key is never rotated automatically"])} | some name in ["a", "b", "c", "d"]} with input as tf.doc([key("a", {"key_type": "RSA"}), key("b", {"key_type": "RSA-HSM"}), key("c", {"key_type": "EC"}), key("d", {"key_type": "EC-HSM"})])
}
