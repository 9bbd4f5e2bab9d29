# METADATA
# title: Google Cloud (google) helpers
# description: >-
#   Lookups over the Terraform module document for the google and google-beta
#   providers: public IAM principals, the members of IAM grants and policies,
#   Cloud Audit Logs configs and the project a resource is in, the region a
#   resource is in (its own location/region/zone, else the region or zone of
#   the provider configuration it uses), and the allowed-regions setting.
# custom:
#   library: true
package evident.lib.gcp

import data.evident.lib.terraform
import data.evident.lib.transport
import data.evident.lib.values

# public_members: IAM principals meaning "anyone" (allAuthenticatedUsers is any Google account).
public_members := {"allUsers", "allAuthenticatedUsers"}

# is_public_member(m): an IAM member string or ACL entity naming everyone.
is_public_member(m) if m in public_members

is_public_member(m) if {
	is_string(m)
	some suffix in [":allUsers", ":allAuthenticatedUsers"]
	endswith(m, suffix)
}

# google_resources: the managed resources of the google and google-beta providers
# (an array: a set would hash every whole resource).
google_resources := [r |
	some r in input.resources
	r.mode == "managed"
	startswith(r.type, "google_")
	not terraform.never_created(r)
]

# allowed_regions: data.settings.allowed_regions, lower-cased; empty when unset.
allowed_regions := {lower(r) |
	some r in data.settings.allowed_regions
	is_string(r)
}

# allowed_regions_text: the setting as written, for messages.
allowed_regions_text := concat(", ", sort([r | some r in data.settings.allowed_regions; is_string(r)]))

# zone_region(name): "europe-west3-a" → "europe-west3"; a region or multi-region is itself.
zone_region(name) := match[0][1] if {
	match := regex.find_all_string_submatch_n(`^([a-z]+-[a-z]+[0-9]+)-[a-z]$`, lower(name), 1)
	count(match) == 1
} else := lower(name)

# residency_enforced: an allow-list is configured. Residency checks test it
# first, so that without one they cost nothing.
residency_enforced if count(allowed_regions) > 0

# outside_allowed(name): a region, zone or (dual/multi-)region not in the allowed
# list, neither itself nor the region of the zone (false when the setting is empty).
outside_allowed(name) if {
	count(allowed_regions) > 0
	not lower(name) in allowed_regions
	not zone_region(name) in allowed_regions
}

# placement_attrs: the attributes that say where a resource is, in preference order.
placement_attrs := ["location", "region", "zone"]

# placement(resource): {"attr", "name"} of the first literal placement attribute.
placement(resource) := [p |
	some attr in placement_attrs
	values.truthy_string(resource.config[attr])
	p := {"attr": attr, "name": resource.config[attr]}
][0]

# provider_of(resource): the provider configuration block the resource uses
# (`provider = google.eu` → provider.google.eu; by default provider.<type prefix>).
provider_of(resource) := p if {
	some p in input.providers
	p.id == concat(".", ["provider", resource.provider])
}

# provider_placement(resource): {"attr", "name"} of the literal region (else zone)
# of the resource's provider configuration.
provider_placement(resource) := [p |
	some attr in ["region", "zone"]
	provider := provider_of(resource)
	values.truthy_string(provider.config[attr])
	p := {"attr": attr, "name": provider.config[attr]}
][0]

# grant_members(grant): each member of one IAM grant, as {"grant": the
# grant, "member": the member, "path": the member's path in the grant}. A
# member grant (google_*_iam_member) names one member, a binding
# (google_*_iam_binding) a list; a list that cannot be resolved gives nothing,
# and so does a grant of any other type. Checks iterate over the grants of
# literal types (`some grant in terraform.resources_of({...})`) and call this
# for each: the bundle then skips them on modules without any of those types
# (src/checks/triggers.ts), which a function given the types as arguments
# would prevent.
grant_members(grant) := [{"grant": grant, "member": grant.config.member, "path": ["config", "member"]}] if {
	endswith(grant.type, "_iam_member")
	values.has_key(grant.config, "member")
} else := [{"grant": grant, "member": member, "path": ["config", "members", i]} |
	some i, member in grant.config.members
] if {
	endswith(grant.type, "_iam_binding")
	is_array(grant.config.members)
} else := []

# hierarchy_grant_types: the IAM grants on a project, a folder or an
# organization (the resource hierarchy), one member or a list.
hierarchy_grant_types := {
	"google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member",
	"google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding",
}

# compute_default_account(email) and app_engine_default_account(email): an
# address (with or without its serviceAccount: prefix, in any case) of the
# Compute Engine default service account (<project number>-compute@developer.gserviceaccount.com)
# or of the App Engine one (<project id>@appspot.gserviceaccount.com), which the
# workloads that name no account of their own run as.
compute_default_account(email) if endswith(lower(email), "-compute@developer.gserviceaccount.com")

app_engine_default_account(email) if endswith(lower(email), "@appspot.gserviceaccount.com")

# hierarchy_level(type): the part of the resource hierarchy a grant type is on
# ("project", "folder" or "organization"), for messages.
hierarchy_level(type) := "project" if {
	startswith(type, "google_project_")
} else := "folder" if {
	startswith(type, "google_folder_")
} else := "organization"

# conditional(cfg): an IAM grant or binding has an IAM condition: a block
# (also dynamic, or one that cannot be resolved) or the policy JSON's object.
# Such a condition may narrow the grant to some resources or times.
conditional(cfg) if {
	condition := cfg.condition
	not is_null(condition)
}

conditional(cfg) if cfg.dynamic.condition

# hierarchy_members: grant_members() of the grants on the resource hierarchy.
# A complete rule: computed once per evaluation, whichever checks read it.
hierarchy_members := [entry |
	some grant in terraform.resources_of(hierarchy_grant_types)
	some entry in grant_members(grant)
]

# policy_members(grant): each member of the bindings of a google_*_iam_policy,
# as {"member", "binding": the binding (an object with its role), "source"}.
# The policy_data is read when it is literal JSON or jsonencode() (source "";
# kept as the unknown's partial when some part is not known) or exactly
# data.google_iam_policy.<name>.policy_data of a data source of this module
# (source: its id; its literal binding blocks). A policy, a binding list or a
# member list that cannot be resolved gives nothing, nor do binding blocks
# built by a dynamic block.
policy_members(grant) := array.concat(
	[{"member": member, "binding": binding, "source": ""} |
		doc := policy_document(grant.config.policy_data)
		is_array(doc.bindings)
		some binding in doc.bindings
		is_array(binding.members)
		some member in binding.members
	],
	[{"member": member, "binding": binding, "source": source.id} |
		source := policy_source(grant.config.policy_data)
		some binding in terraform.blocks(source.config, "binding")
		is_array(binding.members)
		some member in binding.members
	],
)

# policy_source_text(entry): for messages, " through <data source id>" when a
# policy_members() entry comes from a data google_iam_policy, else "".
policy_source_text(entry) := "" if entry.source == ""

else := concat("", [" through ", entry.source])

# policy_document(v): a policy_data written as literal JSON or jsonencode(),
# as an object (the unknown's partial when part of it is not known).
policy_document(v) := json.unmarshal(v) if {
	is_string(v)
	json.is_valid(v)
} else := v if {
	values.known_object(v)
} else := v.partial if {
	values.is_unknown(v)
	is_object(v.partial)
}

# policy_source(v): the data google_iam_policy of this module that a
# policy_data of exactly `data.google_iam_policy.<name>.policy_data` names.
policy_source(v) := policy_sources[id] if {
	values.is_unknown(v)
	[ref] := values.refs(v)
	v.__unknown__ == ref
	endswith(ref, ".policy_data")
	id := trim_suffix(ref, ".policy_data")
}

# policy_sources: the data google_iam_policy sources of the module by id
# (terraform.resources() holds managed resources only).
policy_sources := {r.id: r |
	some r in input.resources
	r.mode == "data"
	r.type == "google_iam_policy"
}

# member_location(entry): where a finding about a grant_members() entry is
# located: a member grant at its role (what is excessive), a binding at the
# member concerned among its members.
member_location(entry) := ["config", "role"] if entry.path == ["config", "member"]

else := entry.path

# member_text(m): an IAM member's text: the literal string, or for an unknown
# value its expression without the quotes of a template
# ("user:${var.email}" → user:${var.email}), so a prefix such as user: or
# serviceAccount: can be read. Undefined for any other value.
member_text(m) := m if is_string(m)

member_text(m) := values.unknown_text(m) if values.is_unknown(m)

# metadata_settings(key): [resource, path, value, project] for each value a Compute Engine
# metadata key is given: in the metadata of an instance, an instance template or the project
# (google_compute_project_metadata), and in a google_compute_project_metadata_item of that key;
# project is true for the item, which writes one project-wide key on its own.
metadata_settings(key) := [[r, path, value, project] |
	some r in terraform.resources_of({"google_compute_instance", "google_compute_instance_template", "google_compute_project_metadata", "google_compute_project_metadata_item"})
	[path, value, project] := metadata_setting(r, key)
]

metadata_setting(r, key) := [["config", "value"], r.config.value, true] if {
	r.type == "google_compute_project_metadata_item"
	r.config.key == key
}

metadata_setting(r, key) := [["config", "metadata", key], r.config.metadata[key], false] if {
	r.type != "google_compute_project_metadata_item"
	is_object(r.config.metadata)
}

# metadata_off(v): a Compute Engine metadata value read as false ("FALSE",
# false in any case, "0"). Checks of a setting that must be on treat any
# other value, unknown ones included, as possibly on.
metadata_off(false)

metadata_off(0)

metadata_off(v) if {
	is_string(v)
	lower(trim_space(v)) in {"false", "0"}
}

# role_of(cfg): the role an IAM grant (member, binding, dataset access entry)
# gives, for messages; "a role" when it is not a literal.
role_of(cfg) := cfg.role if is_string(cfg.role)

else := "a role"

# customer_key(cfg, block, attr): the resource names a customer-managed KMS key
# in `attr` of its `block` block (a Cloud KMS key instead of the Google-managed
# default), or builds that block dynamically (benefit of the doubt). A key
# name is a string with a non-blank character or an unknown value (a key from
# another resource, a variable); an empty or blank string names no key.
customer_key(cfg, block, attr) if {
	some encryption in terraform.blocks(cfg, block)
	key_name(encryption, attr)
}

customer_key(cfg, block, _) if cfg.dynamic[block]

key_name(obj, attr) if {
	is_string(obj[attr])
	trim_space(obj[attr]) != ""
}

key_name(obj, attr) if values.is_unknown(obj[attr])

# sql_primaries: the Cloud SQL instances that are not read replicas (replicas
# take backups, TLS and flags from their primary).
sql_primaries := [instance |
	some instance in input.resources
	instance.mode == "managed"
	instance.type == "google_sql_database_instance"
	not terraform.never_created(instance)
	not values.has_key(instance.config, "master_instance_name")
]

# audit_config_types: the Cloud Audit Logs configurations of a project, a
# folder or an organization. Cloud Audit Logs applies the union of the
# configurations of a project's ancestors and of allServices and the service.
audit_config_types := ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]

# data_access_log_types: the Data Access audit log types that record access to
# data: DATA_READ (reads of user data) and DATA_WRITE (writes of user data).
# The third, ADMIN_READ, records reads of metadata and configuration only.
data_access_log_types := {"DATA_READ", "DATA_WRITE"}

all_log_types := {"ADMIN_READ", "DATA_READ", "DATA_WRITE"}

# audit_log_types(cfg): the log types the audit_log_config blocks of an audit
# config enable, in upper case, whatever members they exempt. Every type when
# one cannot be read (a log_type that is not known, a dynamic block): the
# benefit of the doubt.
audit_log_types(cfg) := all_log_types if unresolved_log_types(cfg)

else := {upper(block.log_type) |
	some block in terraform.blocks(cfg, "audit_log_config")
	is_string(block.log_type)
}

unresolved_log_types(cfg) if terraform.dynamic(cfg, "audit_log_config")

unresolved_log_types(cfg) if values.is_unknown(cfg.audit_log_config)

unresolved_log_types(cfg) if {
	some block in terraform.blocks(cfg, "audit_log_config")
	values.is_unknown(block.log_type)
}

# audit_configs_for(services): the audit configs of the module whose service
# is one of `services` (a set), or cannot be resolved (for_each over a list of
# services: the benefit of the doubt).
audit_configs_for(services) := [config |
	some config in terraform.resources_of(audit_config_types)
	audits_service(config.config.service, services)
]

audits_service(service, services) if service in services

audits_service(service, _) if values.is_unknown(service)

# audit_config_applies(config, key): an audit config may apply to the project
# whose project_key() is `key`: a folder or organization config (the project
# may be in that folder or organization), or a project config that does not
# name another project.
audit_config_applies(config, _) if config.type != "google_project_iam_audit_config"

audit_config_applies(config, key) if {
	config.type == "google_project_iam_audit_config"
	not different_projects(project_key(config), key)
}

# audit_configured(services, key): some audit config of the module for
# `services` may apply to the project `key` (whatever log types it enables).
audit_configured(services, key) if {
	some config in audit_configs_for(services)
	audit_config_applies(config, key)
}

# audit_log_types_for(services, key): the log types that the module's audit
# configs for `services` enable on the project `key`, all of them together.
audit_log_types_for(services, key) := union({audit_log_types(config.config) |
	some config in audit_configs_for(services)
	audit_config_applies(config, key)
})

# project_key(r): the project a resource is in, as a key that tells projects
# apart: "resource" is the google_project of the module that it is (for a
# google_project) or that its `project` argument refers to
# (google_project.<name>.<attribute>), "id" the project id when it is known (a
# google_project's literal project_id; a literal `project` argument, a
# "projects/" prefix dropped; else the literal project of the resource's
# provider configuration). {} when neither can be told (a variable, no project).
project_key(r) := own_project_key(r) if r.type == "google_project"

else := value_project_key(r.config.project) if not values.absent_or_null(r.config, "project")

else := value_project_key(provider_of(r).config.project) if values.truthy_string(provider_of(r).config.project)

else := {}

own_project_key(project) := {"resource": project.id, "id": project.config.project_id} if values.truthy_string(project.config.project_id)

else := {"resource": project.id}

value_project_key(v) := {"id": trim_prefix(v, "projects/")} if values.truthy_string(v)

else := own_project_key(projects[0]) if {
	projects := referenced_projects(v)
	count(projects) == 1
}

else := {}

# referenced_projects(v): the google_project resources of the module that v
# is a plain reference to (google_project.<name>.<attribute>).
referenced_projects(v) := [project |
	values.is_unknown(v)
	count(v.refs) == 1
	ref := v.refs[0]
	v.__unknown__ == ref
	parts := split(ref, ".")
	count(parts) == 3
	parts[0] == "google_project"
	some project in terraform.resources("google_project")
	project.name == parts[1]
]

# different_projects(a, b): two project_key() values name different projects:
# different project ids, or different google_project resources of the module.
different_projects(a, b) if {
	is_string(a.id)
	is_string(b.id)
	a.id != b.id
}

different_projects(a, b) if {
	is_string(a.resource)
	is_string(b.resource)
	a.resource != b.resource
}

# gke_node_configs(r): [node_config, path] of the resource's own node_config blocks and, on a
# cluster, those of its inline node_pool blocks.
gke_node_configs(r) := array.concat(
	[[node_config, array.concat(["config"], terraform.block_path(r.config, "node_config", i))] |
		some i, node_config in terraform.blocks(r.config, "node_config")
	],
	[[node_config, array.concat(array.concat(["config"], terraform.block_path(r.config, "node_pool", p)), terraform.block_path(pool, "node_config", i))] |
		r.type == "google_container_cluster"
		some p, pool in terraform.blocks(r.config, "node_pool")
		some i, node_config in terraform.blocks(pool, "node_config")
	],
)

# gke_pools(r): [pool, path, name for messages] of the node pools a resource
# writes: a google_container_node_pool (its config), or a cluster's inline
# node_pool blocks. A cluster's default pool is not among them (see
# EVD-TF-249, which reads it when the cluster keeps it).
gke_pools(r) := [[r.config, ["config"], r.id]] if r.type == "google_container_node_pool"

else := [[pool, array.concat(["config"], terraform.block_path(r.config, "node_pool", p)), gke_pool_name(r, pool)] |
	r.type == "google_container_cluster"
	some p, pool in terraform.blocks(r.config, "node_pool")
]

gke_pool_name(r, pool) := concat("", [r.id, " node_pool ", pool.name]) if {
	is_string(pool.name)
} else := concat("", [r.id, " node_pool"])

# ------------------------------------------------------------ environments

# service_types: Cloud Functions (environment_variables, service_config.environment_variables) and
# Cloud Run services and jobs (their containers' env blocks).
service_types := {
	"google_cloudfunctions_function", "google_cloudfunctions2_function",
	"google_cloud_run_v2_service", "google_cloud_run_v2_job", "google_cloud_run_service",
}

# service_variables(r): transport.map_variables and list_variables of one resource of
# service_types.
service_variables(r) := transport.map_variables(object.get(r.config, "environment_variables", null), ["config", "environment_variables"]) if {
	r.type == "google_cloudfunctions_function"
}

service_variables(r) := [v |
	some i, service in terraform.blocks(r.config, "service_config")
	some v in transport.map_variables(object.get(service, "environment_variables", null), ["config", "service_config", i, "environment_variables"])
] if r.type == "google_cloudfunctions2_function"

service_variables(r) := [v |
	some i, template in terraform.blocks(r.config, "template")
	some j, container in terraform.blocks(template, "containers")
	some v in transport.list_variables(terraform.blocks(container, "env"), ["config", "template", i, "containers", j, "env"], "name", "value")
] if r.type == "google_cloud_run_v2_service"

service_variables(r) := [v |
	some i, template in terraform.blocks(r.config, "template")
	some k, spec in terraform.blocks(template, "spec")
	some j, container in terraform.blocks(spec, "containers")
	some v in transport.list_variables(terraform.blocks(container, "env"), ["config", "template", i, "spec", k, "containers", j, "env"], "name", "value")
] if r.type == "google_cloud_run_service"

service_variables(r) := [v |
	some i, template in terraform.blocks(r.config, "template")
	some k, task in terraform.blocks(template, "template")
	some j, container in terraform.blocks(task, "containers")
	some v in transport.list_variables(terraform.blocks(container, "env"), ["config", "template", i, "template", k, "containers", j, "env"], "name", "value")
] if r.type == "google_cloud_run_v2_job"
