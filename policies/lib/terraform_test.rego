package evident.lib.terraform_test

import data.evident.lib.terraform
import data.evident.lib.tf_fixtures_test as tf

no_block := "%s: no block"

absent := "%s: not set"

off := "%s: false"

at_block(id) := {"resource": id, "path": ["config", "b", 0], "msg": concat("", [id, ": not set"])}

test_block_off_missing_absent_null_and_false if {
	terraform.block_off(tf.res("x_t", "a", {}), "b", "on", absent, off) == {"resource": "x_t.a", "msg": "x_t.a: not set"}
	terraform.block_off(tf.res("x_t", "b", {"b": [{}]}), "b", "on", absent, off) == at_block("x_t.b")
	terraform.block_off(tf.res("x_t", "c", {"b": [{"on": null}]}), "b", "on", absent, off) == at_block("x_t.c")
	terraform.block_off(tf.res("x_t", "d", {"b": [{"on": false}]}), "b", "on", absent, off) == {"resource": "x_t.d", "path": ["config", "b", 0, "on"], "msg": "x_t.d: false"}
}

test_block_off_true_unknown_dynamic_and_later_blocks_pass if {
	not terraform.block_off(tf.res("x_t", "a", {"b": [{"on": true}]}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "b", {"b": [{"on": tf.unknown("var.on")}]}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "c", {"dynamic": {"b": [{"for_each": tf.unknown("var.b"), "content": [{}]}]}}), "b", "on", absent, off)
	not terraform.block_off(tf.res("x_t", "d", {"b": [{"on": true}, {"on": false}]}), "b", "on", absent, off)
}

test_block_missing_or_off_has_its_own_no_block_message if {
	terraform.block_missing_or_off(tf.res("x_t", "a", {}), "b", "on", no_block, absent, off) == {"resource": "x_t.a", "msg": "x_t.a: no block"}
	terraform.block_missing_or_off(tf.res("x_t", "b", {"b": [{"on": null}]}), "b", "on", no_block, absent, off) == at_block("x_t.b")
	terraform.block_missing_or_off(tf.res("x_t", "c", {"b": [{"on": false}]}), "b", "on", no_block, absent, off) == {"resource": "x_t.c", "path": ["config", "b", 0, "on"], "msg": "x_t.c: false"}
}

test_block_item_off_any_block if {
	r := tf.res("x_t", "a", {"b": [{"on": true}, {"on": null}, {"on": false}]})
	not terraform.block_item_off(r, "b", 0, "on", absent, off)
	terraform.block_item_off(r, "b", 1, "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b", 1], "msg": "x_t.a: not set"}
	terraform.block_item_off(r, "b", 2, "on", absent, off) == {"resource": "x_t.a", "path": ["config", "b", 2, "on"], "msg": "x_t.a: false"}
	not terraform.block_item_off(r, "b", 3, "on", absent, off)
}
