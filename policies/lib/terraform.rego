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

import data.evident.lib.values

# resources(type): the managed resources of one type in this module.
resources(type) := [r |
	some r in input.resources
	r.mode == "managed"
	r.type == type
]

# blocks(cfg, name): the nested blocks `name` of a config (empty when absent).
blocks(cfg, name) := cfg[name] if is_array(cfg[name])

else := []

# has_block(cfg, name): at least one `name` block, literal or dynamic.
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
