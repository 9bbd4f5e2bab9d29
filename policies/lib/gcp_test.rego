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

test_iam_members_lists_each_member_of_member_grants_and_bindings if {
	gcp.iam_members({"google_project_iam_member"}, {"google_project_iam_binding"}) == [
		{"grant": member_grant, "member": "user:a@example.com", "path": ["config", "member"]},
		{"grant": binding, "member": "group:g@example.com", "path": ["config", "members", 0]},
		{"grant": binding, "member": "allUsers", "path": ["config", "members", 1]},
	] with input as {"type": "terraform", "resources": [member_grant, binding, unresolved_binding, other_type]}
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
