package evident.checks.terraform.gcp_compute_default_sa_full_access_test

import data.evident.checks.terraform.gcp_compute_default_sa_full_access as check

instance(name, account) := {
	"id": concat(".", ["google_compute_instance", name]), "mode": "managed", "type": "google_compute_instance", "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": {"service_account": [account]},
}

test_default_account_with_full_scope_is_reported if {
	check.deny == {
		{
			"resource": "google_compute_instance.a",
			"path": ["config", "service_account", 0],
			"msg": "google_compute_instance.a runs as the Compute Engine default service account with the cloud-platform scope",
		},
		{
			"resource": "google_compute_instance.b",
			"path": ["config", "service_account", 0],
			"msg": "google_compute_instance.b runs as the Compute Engine default service account with the cloud-platform scope",
		},
	} with input as {"type": "terraform", "resources": [
		instance("a", {"scopes": ["cloud-platform"]}),
		instance("b", {"email": "123456789-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}),
	]}
}

test_dedicated_or_narrow_accounts_pass if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": [
		instance("a", {"email": "app@clinic.iam.gserviceaccount.com", "scopes": ["cloud-platform"]}),
		instance("b", {"scopes": ["logging-write", "monitoring-write"]}),
		instance("c", {"email": {"__unknown__": "google_service_account.app.email", "refs": ["google_service_account.app.email"]}, "scopes": ["cloud-platform"]}),
		instance("d", {"scopes": {"__unknown__": "var.scopes", "refs": ["var.scopes"]}}),
	]}
}
