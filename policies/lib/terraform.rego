# METADATA
# title: Terraform helpers
# description: >-
#   Lookups over the normalized Terraform module document
#   (policies/schemas/terraform.json): one document per module directory, so
#   checks can relate resources to each other (since AWS provider v4, bucket
#   settings are separate resources that point at the bucket).
# custom:
#   library: true
package evident.lib.terraform

import data.evident.lib.finding
import data.evident.lib.values

# by_type[type]: the managed resources of the module grouped by type. A
# complete rule, so it is computed once per evaluation (both opa-wasm and opa
# test cache it); checks call resources(type) dozens of times per document, and
# filtering input.resources on every call made evaluation O(checks x resources).
# Measured on the bench corpus (100 modules, 204 checks): about 2x faster than a
# filter per call, and faster than a partial `by_type[type] contains r` rule,
# which is evaluated again for every type looked up.
# Resources that Terraform never creates (never_created) are left out.
by_type := {type: [r |
	some r in input.resources
	r.mode == "managed"
	r.type == type
	not never_created(r)
] |
	some type in {r.type | some r in input.resources; r.mode == "managed"}
}

# resources(type): the managed resources of one type in this module that
# Terraform creates (see never_created).
resources(type) := rs if rs := by_type[type]

else := []

# never_created(r): Terraform creates no instance of the resource: its count
# is 0 (the number, or the string "0" that Terraform 0.11 converts), or its
# for_each is an empty map or an empty set or list (toset([]) is evaluated to
# []). The parser evaluates count and for_each (src/parsers/terraform.ts); an
# unknown value (the {"__unknown__": …} sentinel) may create instances and
# keeps the resource. A registry module call's count and for_each are copied
# onto the resources modelled for it (src/parsers/terraform-modules), so
# `module "x" { count = 0 }` creates none of them either.
#
# Decision: a count or for_each resolved from a variable's default or from
# terraform.tfvars (count = var.create ? 1 : 0 with default = false) counts as
# never created, like a literal 0. The parser resolves variable defaults and
# tfvars as a reader of the code would, and the checks already judge the
# values it resolves that way (an encryption flag from a default is
# reported): a resolved 0 is what this configuration creates. Nothing in the
# code base relies on such resources being kept: the registry-module models
# build their resources from the call's inputs and only copy count/for_each.
# Cost: a reusable module scanned on its own whose caller passes
# create = true has that resource skipped until the caller's value is known.
never_created(r) if r.count == 0

never_created(r) if r.count == "0"

never_created(r) if empty_collection(r.for_each)

# resources_of(types): the managed resources of any of `types` (a set of type
# names). An array: a set would hash every whole resource put in it.
resources_of(types) := [r |
	some type in types
	some r in resources(type)
]

# blocks(cfg, name): the nested blocks `name` of a config (empty when absent).
# A known object written as an attribute is one block: Terraform 0.11 (HCL1)
# reads `versioning = { enabled = true }` and `access_config = {}` as
# `versioning { … }` and `access_config {}`, and a plan writes a single nested
# block as an object. An unknown value (a variable, a 0.11 "${…}"), null or
# any other value gives no block, as before; so does the `dynamic` key, which
# holds the dynamic blocks (see dynamic()). Only call it with block names: an
# object-valued argument (tags, labels, metadata) would read as a block.
blocks(cfg, name) := cfg[name] if is_array(cfg[name])

else := [cfg[name]] if {
	name != "dynamic"
	values.known_object(cfg[name])
}

else := []

# block_path(cfg, name, i): the path inside cfg of blocks(cfg, name)[i], for
# finding locations: [name, i], or [name] for a block written as an object.
block_path(cfg, name, i) := [name, i] if is_array(cfg[name])

else := [name]

# has_block(cfg, name): at least one `name` block, literal (a block, or a
# known object written as an attribute: see blocks()) or dynamic.
has_block(cfg, name) if count(blocks(cfg, name)) > 0

has_block(cfg, name) if cfg.dynamic[name]

# attached(type, attr, target): resources of `type` whose attribute `attr`
# points at `target` — by reference (aws_s3_bucket.x.id / .bucket / .arn) or
# by the literal name the target declares in the same attribute.
attached(type, attr, target) := [r |
	some r in resources(type)
	points_at(r.config[attr], target, attr)
]

points_at(v, target, _) if values.refers_to(v, target.id)

points_at(v, target, attr) if {
	values.truthy_string(v)
	v == target.config[attr]
}

# off(r, key, absent_msg, false_msg): the finding for a resource whose boolean
# argument `key` must be true but is false (located at the argument) or absent
# or null (located at the resource). Undefined when true or unknown. The
# messages are sprintf formats with one %s, the resource id: formatted only for
# the finding made (sprintf is a host call in wasm, costly when wasted). The
# string "false" is false too: Terraform converts it for a boolean argument
# (0.11-style code quotes booleans).
off(r, key, _, false_msg) := finding.at(r, ["config", key], finding.format(false_msg, [r.id])) if values.false_value(r.config[key])

off(r, key, absent_msg, _) := finding.of(r, finding.format(absent_msg, [r.id])) if {
	not values.has_key(r.config, key)
}

off(r, key, absent_msg, _) := finding.of(r, finding.format(absent_msg, [r.id])) if r.config[key] == null

# block_off(r, name, key, absent_msg, false_msg): like off() for `key` inside
# the (first) nested block `name`, e.g. encrypt_at_rest { enabled = true }: a missing
# block, or an argument that is absent or null, is reported at the resource or
# block, `false` at the argument. A dynamic block is never reported (its content
# is not known). The messages are formats with one %s, the resource id, as for off().
block_off(r, name, key, absent_msg, false_msg) := block_missing_or_off(r, name, key, absent_msg, absent_msg, false_msg)

# block_missing_or_off(r, name, key, no_block_msg, absent_msg, false_msg):
# block_off() with its own message for a missing block (no_block_msg) and for
# a block without the argument, or with it null (absent_msg).
block_missing_or_off(r, name, _, no_block_msg, _, _) := finding.of(r, finding.format(no_block_msg, [r.id])) if {
	not has_block(r.config, name)
}

block_missing_or_off(r, name, key, _, absent_msg, false_msg) := block_item_off(r, name, 0, key, absent_msg, false_msg) if {
	count(blocks(r.config, name)) > 0
}

# block_item_off(r, name, i, key, absent_msg, false_msg): the finding for block
# `i` of `name`: `key` false (at the argument), or absent or null (at the block).
# A block written as an object (see blocks()) is block 0, located at [name].
block_item_off(r, name, i, key, _, false_msg) := finding.at(r, array.concat(["config"], array.concat(block_path(r.config, name, i), [key])), finding.format(false_msg, [r.id])) if {
	blocks(r.config, name)[i][key] == false
}

block_item_off(r, name, i, key, absent_msg, _) := finding.at(r, array.concat(["config"], block_path(r.config, name, i)), finding.format(absent_msg, [r.id])) if {
	values.absent_or_null(blocks(r.config, name)[i], key)
}

# ignores_changes(r, attr): the resource's lifecycle { ignore_changes } lists the argument
# `attr`, or is `all`: Terraform then never writes a changed value, and the value in the code
# is only the first one (a placeholder that a person or a rotation replaces).
ignores_changes(r, attr) if {
	some lifecycle in object.get(r, "lifecycle", [])
	some change in lifecycle.ignore_changes
	values.unknown_text(change) == attr
}

ignores_changes(r, _) if {
	some lifecycle in object.get(r, "lifecycle", [])
	values.unknown_text(lifecycle.ignore_changes) == "all"
}

# number(v): v as a number when it is one or a string of digits: Terraform
# converts "30" to 30 for a number argument, and 0.11-style code quotes
# numbers. Undefined otherwise, unknown values included.
number(v) := v if is_number(v)

else := to_number(trim_space(v)) if {
	is_string(v)
	regex.match(`^\s*[0-9]+\s*$`, v)
}

# given(obj, key): obj[key] holds a non-empty string, or an unknown value that
# may be one (a key ARN from another resource, a variable). Pass the object and
# the key, not obj[key]: a function argument that is undefined makes the
# whole `not f(...)` expression undefined instead of true.
given(obj, key) if values.truthy_string(obj[key])

given(obj, key) if values.is_unknown(obj[key])

# unattributed(type, attr, target_type): some resource of `type` names its
# target in `attr` with an unknown value that is not a reference to a
# `target_type` resource of this module (a variable, a module output): it may
# belong to any of them, so "no X attached" checks stay silent.
unattributed(type, attr, target_type) if {
	some r in resources(type)
	values.is_unknown(r.config[attr])
	not refers_to_type(r.config[attr], target_type)
}

refers_to_type(v, target_type) if {
	some ref in values.refs(v)
	startswith(ref, concat("", [target_type, "."]))
}

# A resource that a registry module call creates (module.<call>.<type>.<name>,
# src/parsers/terraform-modules) is a resource of this module too.
refers_to_type(v, target_type) if {
	some ref in values.refs(v)
	startswith(ref, "module.")
	split(ref, ".")[2] == target_type
}

# passed_to_unmodelled_module(target): an argument of a module call whose code
# the checks do not see (a local module, scanned as its own folder, or a
# registry or git module without a model in src/parsers/terraform-modules)
# refers to `target`: that module may configure it (a flow log for the VPC it
# is given as vpc_id), so a "no X for this resource" check stays silent.
passed_to_unmodelled_module(target) if {
	some m in input.modules
	not modelled_calls[m.id]
	passes(m, target)
}

# passed_to_module_declaring(target, type): an argument of a call of a scanned
# local module that declares a resource of `type` (the call's `declares`, set
# from src/parsers/terraform-graph.ts) refers to `target`: that module
# may configure it (the versioning of the bucket it is given), so a "no `type`
# for this resource" check stays silent. Narrower than
# passed_to_unmodelled_module: the module's code was seen.
passed_to_module_declaring(target, type) if {
	some m in input.modules
	type in object.get(m, "declares", [])
	passes(m, target)
}

# passed_to_module_that_may_declare(target, type): an argument of a module call
# that may create a resource of `type` for `target` refers to it: a scanned local
# module that declares `type` (passed_to_module_declaring), or a module whose code
# is not in the document (code_unseen). A scanned local module without `type`,
# or a modelled registry call, cannot.
passed_to_module_that_may_declare(target, type) if passed_to_module_declaring(target, type)

passed_to_module_that_may_declare(target, _) if {
	some m in input.modules
	code_unseen(m)
	passes(m, target)
}

# code_unseen(m): the code of module call m is not in the document: not a scanned
# local module (no `declares`) and no model of the resources it creates.
code_unseen(m) if {
	not is_array(object.get(m, "declares", null))
	not modelled_calls[m.id]
}

# passes(m, target): an argument of the module call m refers to `target`.
passes(m, target) if {
	walk(m.config, [_, v])
	values.refers_to(v, target.id)
}

# modelled_calls: the module calls whose resources are in the document
# (created_by, src/parsers/terraform-modules).
modelled_calls contains r.created_by.call if {
	some r in input.resources
	r.created_by
}

# dynamic_blocks(cfg, name): the `dynamic "name"` blocks of a config (each with
# its for_each and content; the parser keeps them as cfg.dynamic[name]), empty
# when there are none.
dynamic_blocks(cfg, name) := cfg.dynamic[name] if is_array(cfg.dynamic[name])

else := []

# expands(for_each): a known collection with at least one element (its elements
# may be unknown): the dynamic block makes at least one block.
expands(for_each) if {
	is_array(for_each)
	count(for_each) > 0
}

expands(for_each) if {
	values.known_object(for_each)
	count(for_each) > 0
}

# empty_collection(for_each): a literally empty list or map: nothing is made.
empty_collection(for_each) if for_each == []

empty_collection(for_each) if for_each == {}

# dynamic(cfg, name): the config has a `dynamic "name"` block, whose content
# (how many blocks, with which values) is not known statically.
dynamic(cfg, name) if cfg.dynamic[name]
