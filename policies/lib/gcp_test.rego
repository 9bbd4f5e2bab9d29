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
