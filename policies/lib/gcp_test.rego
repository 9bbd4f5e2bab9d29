package evident.lib.gcp_test

import data.evident.lib.gcp

test_zone_region if {
	gcp.zone_region("europe-west3-a") == "europe-west3"
	gcp.zone_region("EUROPE-WEST3") == "europe-west3"
	gcp.zone_region("EU") == "eu"
	gcp.zone_region("us-central1") == "us-central1"
}

test_outside_allowed if {
	gcp.outside_allowed("us-central1") with data.settings.allowed_regions as ["europe-west3", "EU"]
	not gcp.outside_allowed("europe-west3-b") with data.settings.allowed_regions as ["europe-west3", "EU"]
	not gcp.outside_allowed("EUROPE-WEST3") with data.settings.allowed_regions as ["europe-west3"]
	not gcp.outside_allowed("eu") with data.settings.allowed_regions as ["europe-west3", "EU"]
	not gcp.outside_allowed("us-central1") with data.settings.allowed_regions as []
	not gcp.outside_allowed("us-central1")
}

test_public_members if {
	gcp.is_public_member("allUsers")
	gcp.is_public_member("group:allAuthenticatedUsers")
	not gcp.is_public_member("user:alice@example.com")
}

test_provider_placement if {
	gcp.provider_placement({"provider": "google.eu"}) == {"attr": "region", "name": "europe-west3"} with input.providers as [
		{"id": "provider.google", "config": {"region": "us-central1"}},
		{"id": "provider.google.eu", "config": {"region": "europe-west3", "zone": "europe-west3-a"}},
	]
	not gcp.provider_placement({"provider": "google"}) with input.providers as [{"id": "provider.google", "config": {"region": {"__unknown__": "var.region"}}}]
}

test_customer_key if {
	gcp.customer_key({"encryption": [{"default_kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]}, "encryption", "default_kms_key_name")
	gcp.customer_key({"encryption": [{"default_kms_key_name": {"__unknown__": "var.key", "refs": ["var.key"]}}]}, "encryption", "default_kms_key_name")
	gcp.customer_key({"dynamic": {"encryption": [{"for_each": [1], "content": [{}]}]}}, "encryption", "default_kms_key_name")
	not gcp.customer_key({"encryption": [{"default_kms_key_name": ""}]}, "encryption", "default_kms_key_name")
	not gcp.customer_key({"encryption": [{"default_kms_key_name": "  "}]}, "encryption", "default_kms_key_name")
	not gcp.customer_key({"encryption": [{"default_kms_key_name": null}]}, "encryption", "default_kms_key_name")
	not gcp.customer_key({"encryption": [{}]}, "encryption", "default_kms_key_name")
	not gcp.customer_key({}, "encryption", "default_kms_key_name")
}

test_grant_members_lists_the_member_of_a_member_grant_and_each_member_of_a_binding if {
	gcp.grant_members(member_grant) == [{"grant": member_grant, "member": "user:a@example.com", "path": ["config", "member"]}]
	gcp.grant_members(binding) == [
		{"grant": binding, "member": "group:g@example.com", "path": ["config", "members", 0]},
		{"grant": binding, "member": "allUsers", "path": ["config", "members", 1]},
	]

	# An unknown member is a member; an unknown list gives none.
	unknown_member := {"id": "google_project_iam_member.u", "type": "google_project_iam_member", "config": {"role": "roles/viewer", "member": {"__unknown__": "var.m", "refs": ["var.m"]}}}
	gcp.grant_members(unknown_member) == [{"grant": unknown_member, "member": {"__unknown__": "var.m", "refs": ["var.m"]}, "path": ["config", "member"]}]
	gcp.grant_members(unresolved_binding) == []

	# Only the grant's own kind is read: a member grant's members, a binding's member, a policy.
	gcp.grant_members({"id": "google_project_iam_member.x", "type": "google_project_iam_member", "config": {"role": "roles/viewer", "members": ["allUsers"]}}) == []
	gcp.grant_members({"id": "google_project_iam_binding.x", "type": "google_project_iam_binding", "config": {"role": "roles/viewer", "member": "allUsers"}}) == []
	gcp.grant_members({"id": "google_project_iam_policy.p", "type": "google_project_iam_policy", "config": {"member": "allUsers", "members": ["allUsers"]}}) == []
}

member_grant := {"id": "google_project_iam_member.a", "mode": "managed", "type": "google_project_iam_member", "name": "a", "config": {"role": "roles/viewer", "member": "user:a@example.com"}}

binding := {"id": "google_project_iam_binding.b", "mode": "managed", "type": "google_project_iam_binding", "name": "b", "config": {"role": "roles/viewer", "members": ["group:g@example.com", "allUsers"]}}

unresolved_binding := {"id": "google_project_iam_binding.c", "mode": "managed", "type": "google_project_iam_binding", "name": "c", "config": {"role": "roles/viewer", "members": {"__unknown__": "var.members", "refs": ["var.members"]}}}

other_type := {"id": "google_storage_bucket_iam_member.d", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "d", "config": {"role": "roles/viewer", "member": "allUsers"}}

test_hierarchy_members_are_the_project_folder_and_organization_grants if {
	members := gcp.hierarchy_members with input as {"type": "terraform", "resources": [member_grant, folder_member, binding, unresolved_binding, other_type]}
	count(members) == 4
	{m | some m in members} == {
		{"grant": member_grant, "member": "user:a@example.com", "path": ["config", "member"]},
		{"grant": folder_member, "member": "group:g@example.com", "path": ["config", "member"]},
		{"grant": binding, "member": "group:g@example.com", "path": ["config", "members", 0]},
		{"grant": binding, "member": "allUsers", "path": ["config", "members", 1]},
	}
}

folder_member := {"id": "google_folder_iam_member.f", "mode": "managed", "type": "google_folder_iam_member", "name": "f", "config": {"role": "roles/viewer", "member": "group:g@example.com"}}

test_member_location if {
	gcp.member_location({"grant": member_grant, "member": "user:a@example.com", "path": ["config", "member"]}) == ["config", "role"]
	gcp.member_location({"grant": binding, "member": "allUsers", "path": ["config", "members", 1]}) == ["config", "members", 1]
}

test_member_text if {
	gcp.member_text("user:a@example.com") == "user:a@example.com"
	gcp.member_text({"__unknown__": "\"serviceAccount:${google_service_account.app.email}\"", "refs": ["google_service_account.app.email"]}) == "serviceAccount:${google_service_account.app.email}"
	gcp.member_text({"__unknown__": "var.member", "refs": ["var.member"]}) == "var.member"
	not gcp.member_text(null)
	not gcp.member_text(["user:a@example.com"])
}

test_audit_log_types if {
	gcp.audit_log_types({"audit_log_config": [{"log_type": "DATA_READ", "exempted_members": ["user:a@example.com"]}, {"log_type": "admin_read"}]}) == {"DATA_READ", "ADMIN_READ"}
	gcp.audit_log_types({"service": "allServices"}) == set()
	gcp.audit_log_types({"audit_log_config": [{"log_type": "DATA_READ"}, {"log_type": {"__unknown__": "var.t", "refs": ["var.t"]}}]}) == gcp.all_log_types
	gcp.audit_log_types({"dynamic": {"audit_log_config": [{"for_each": [1], "content": [{"log_type": "ADMIN_READ"}]}]}}) == gcp.all_log_types
}

audit_doc := {"type": "terraform", "resources": [
	{"id": "google_project.clinic", "mode": "managed", "type": "google_project", "name": "clinic", "config": {"project_id": "clinic-prod"}},
	{"id": "google_project.ops", "mode": "managed", "type": "google_project", "name": "ops", "config": {"project_id": {"__unknown__": "var.ops", "refs": ["var.ops"]}}},
	{"id": "google_project_iam_audit_config.clinic", "mode": "managed", "type": "google_project_iam_audit_config", "name": "clinic", "config": {
		"project": {"__unknown__": "google_project.clinic.project_id", "refs": ["google_project.clinic.project_id"]},
		"service": "allServices", "audit_log_config": [{"log_type": "DATA_READ"}],
	}},
	{"id": "google_project_iam_audit_config.ops", "mode": "managed", "type": "google_project_iam_audit_config", "name": "ops", "config": {
		"project": {"__unknown__": "google_project.ops.number", "refs": ["google_project.ops.number"]},
		"service": "storage.googleapis.com", "audit_log_config": [{"log_type": "DATA_WRITE"}],
	}},
	{"id": "google_folder_iam_audit_config.f", "mode": "managed", "type": "google_folder_iam_audit_config", "name": "f", "config": {
		"folder": "folders/1", "service": "allServices", "audit_log_config": [{"log_type": "ADMIN_READ"}],
	}},
	{"id": "google_storage_bucket.b", "mode": "managed", "type": "google_storage_bucket", "name": "b", "provider": "google", "config": {}},
]}

test_project_key if {
	gcp.project_key(audit_doc.resources[0]) == {"resource": "google_project.clinic", "id": "clinic-prod"} with input as audit_doc
	gcp.project_key(audit_doc.resources[1]) == {"resource": "google_project.ops"} with input as audit_doc
	gcp.project_key(audit_doc.resources[2]) == {"resource": "google_project.clinic", "id": "clinic-prod"} with input as audit_doc
	gcp.project_key(audit_doc.resources[3]) == {"resource": "google_project.ops"} with input as audit_doc
	gcp.project_key(audit_doc.resources[4]) == {} with input as audit_doc
	gcp.project_key(audit_doc.resources[5]) == {} with input as audit_doc
	gcp.project_key(audit_doc.resources[5]) == {"id": "clinic-prod"} with input as object.union(audit_doc, {"providers": [{"id": "provider.google", "config": {"project": "clinic-prod"}}]})
	gcp.project_key({"type": "google_storage_bucket", "config": {"project": "projects/clinic-prod"}}) == {"id": "clinic-prod"} with input as audit_doc
	gcp.project_key({"type": "google_storage_bucket", "config": {"project": {"__unknown__": "\"projects/${google_project.clinic.project_id}\"", "refs": ["google_project.clinic.project_id"]}}}) == {} with input as audit_doc
}

test_different_projects if {
	gcp.different_projects({"id": "a"}, {"resource": "google_project.a", "id": "b"})
	gcp.different_projects({"resource": "google_project.a"}, {"resource": "google_project.b"})
	not gcp.different_projects({"id": "a"}, {"resource": "google_project.b"})
	not gcp.different_projects({"id": "a"}, {"resource": "google_project.b", "id": "a"})
	not gcp.different_projects({}, {"id": "a"})
}

test_audit_log_types_for if {
	# clinic: its own allServices config and the folder's.
	gcp.audit_log_types_for({"allServices"}, {"resource": "google_project.clinic", "id": "clinic-prod"}) == {"DATA_READ", "ADMIN_READ"} with input as audit_doc

	# ops: the folder's allServices config, and its storage config for Cloud Storage.
	gcp.audit_log_types_for({"allServices"}, {"resource": "google_project.ops"}) == {"ADMIN_READ"} with input as audit_doc
	gcp.audit_log_types_for({"allServices", "storage.googleapis.com"}, {"resource": "google_project.ops"}) == {"ADMIN_READ", "DATA_WRITE"} with input as audit_doc

	# A project that cannot be told: every config may apply.
	gcp.audit_log_types_for({"allServices", "storage.googleapis.com"}, {}) == gcp.all_log_types with input as audit_doc
}

test_audit_configured if {
	# clinic's own config; the folder's config applies to every project.
	gcp.audit_configured({"allServices"}, {"resource": "google_project.clinic", "id": "clinic-prod"}) with input as audit_doc
	gcp.audit_configured({"allServices"}, {"id": "other-prod"}) with input as audit_doc

	# Only ops' storage config is for Cloud Storage alone: not another project's.
	gcp.audit_configured({"storage.googleapis.com"}, {"resource": "google_project.ops"}) with input as audit_doc
	not gcp.audit_configured({"storage.googleapis.com"}, {"resource": "google_project.clinic", "id": "clinic-prod"}) with input as audit_doc
	not gcp.audit_configured({"bigquery.googleapis.com"}, {}) with input as audit_doc
}

policy_doc := {"type": "terraform", "resources": [
	{"id": "data.google_iam_policy.public", "mode": "data", "type": "google_iam_policy", "name": "public", "config": {"binding": [
		{"role": "roles/viewer", "members": ["allUsers", "group:g@example.com"]},
		{"role": "roles/editor", "members": {"__unknown__": "var.editors", "refs": ["var.editors"]}},
	]}},
	{"id": "data.google_iam_policy.dyn", "mode": "data", "type": "google_iam_policy", "name": "dyn", "config": {"dynamic": {"binding": [{"for_each": [1], "content": [{"role": "roles/viewer", "members": ["allUsers"]}]}]}}},
	# A managed resource of the same address shape is not a data source.
	{"id": "google_iam_policy.managed", "mode": "managed", "type": "google_iam_policy", "name": "managed", "config": {"binding": [{"role": "roles/viewer", "members": ["allUsers"]}]}},
]}

policy_grant(policy_data) := {"id": "google_pubsub_topic_iam_policy.t", "mode": "managed", "type": "google_pubsub_topic_iam_policy", "name": "t", "config": {"topic": "t", "policy_data": policy_data}}

test_policy_members_of_literal_json_and_jsonencode if {
	binding := {"role": "roles/viewer", "members": ["allUsers", "user:a@example.com"]}
	expected := [
		{"member": "allUsers", "binding": binding, "source": ""},
		{"member": "user:a@example.com", "binding": binding, "source": ""},
	]
	gcp.policy_members(policy_grant(json.marshal({"bindings": [binding]}))) == expected with input as policy_doc
	gcp.policy_members(policy_grant({"__unknown__": "jsonencode({...})", "refs": ["var.x"], "partial": {"bindings": [binding, {"role": "roles/editor", "members": {"__unknown__": "var.x", "refs": ["var.x"]}}]}})) == expected with input as policy_doc
	gcp.policy_members(policy_grant({"bindings": [binding]})) == expected with input as policy_doc
}

test_policy_members_of_a_data_source if {
	gcp.policy_members(policy_grant({"__unknown__": "data.google_iam_policy.public.policy_data", "refs": ["data.google_iam_policy.public.policy_data"]})) == [
		{"member": "allUsers", "binding": policy_doc.resources[0].config.binding[0], "source": "data.google_iam_policy.public"},
		{"member": "group:g@example.com", "binding": policy_doc.resources[0].config.binding[0], "source": "data.google_iam_policy.public"},
	] with input as policy_doc
}

test_policy_members_that_cannot_be_read_give_nothing if {
	# Dynamic bindings, a managed resource, an expression around the reference, a variable, invalid JSON, no policy.
	gcp.policy_members(policy_grant({"__unknown__": "data.google_iam_policy.dyn.policy_data", "refs": ["data.google_iam_policy.dyn.policy_data"]})) == [] with input as policy_doc
	gcp.policy_members(policy_grant({"__unknown__": "google_iam_policy.managed.policy_data", "refs": ["google_iam_policy.managed.policy_data"]})) == [] with input as policy_doc
	gcp.policy_members(policy_grant({"__unknown__": "trimspace(data.google_iam_policy.public.policy_data)", "refs": ["data.google_iam_policy.public.policy_data"]})) == [] with input as policy_doc
	gcp.policy_members(policy_grant({"__unknown__": "var.policy", "refs": ["var.policy"]})) == [] with input as policy_doc
	gcp.policy_members(policy_grant("{\"bindings\": [")) == [] with input as policy_doc
	gcp.policy_members({"id": "google_pubsub_topic_iam_policy.t", "type": "google_pubsub_topic_iam_policy", "config": {}}) == [] with input as policy_doc
}

test_policy_source_text if {
	gcp.policy_source_text({"member": "allUsers", "binding": {}, "source": ""}) == ""
	gcp.policy_source_text({"member": "allUsers", "binding": {}, "source": "data.google_iam_policy.public"}) == " through data.google_iam_policy.public"
}

test_metadata_values_read_as_compute_engine_does if {
	every v in [false, 0, "FALSE", " false ", "0"] {
		gcp.metadata_off(v)
	}
	every v in [true, 1, "TRUE", "True", "1", "", "no", null, {"__unknown__": "var.x", "refs": ["var.x"]}] {
		not gcp.metadata_off(v)
	}
}

test_gke_pools if {
	gcp.gke_pools({"id": "google_container_node_pool.a", "type": "google_container_node_pool", "config": {"name": "a"}}) == [[{"name": "a"}, ["config"], "google_container_node_pool.a"]]
	gcp.gke_pools({"id": "google_container_cluster.c", "type": "google_container_cluster", "config": {"node_pool": [{"name": "web"}, {"name": {"__unknown__": "var.n", "refs": ["var.n"]}}]}}) == [
		[{"name": "web"}, ["config", "node_pool", 0], "google_container_cluster.c node_pool web"],
		[{"name": {"__unknown__": "var.n", "refs": ["var.n"]}}, ["config", "node_pool", 1], "google_container_cluster.c node_pool"],
	]
	gcp.gke_pools({"id": "google_container_cluster.d", "type": "google_container_cluster", "config": {"node_config": [{}]}}) == []
}

test_default_accounts if {
	gcp.compute_default_account("serviceAccount:123456789012-compute@developer.gserviceaccount.com")
	gcp.compute_default_account("123456789012-COMPUTE@developer.gserviceaccount.com")
	not gcp.compute_default_account("records-api@clinic-prod.iam.gserviceaccount.com")
	gcp.app_engine_default_account("serviceAccount:clinic-prod@appspot.gserviceaccount.com")
	not gcp.app_engine_default_account("123456789012-compute@developer.gserviceaccount.com")
}
