package evident.checks.terraform.gcp_resource_public_iam_test

import data.evident.checks.terraform.gcp_resource_public_iam as check
import data.evident.lib.tf_fixtures_test as tf

test_public_member_and_binding_grants_are_reported if {
	check.deny == {
		{"resource": "google_kms_crypto_key_iam_member.decrypt", "path": ["config", "member"], "msg": "google_kms_crypto_key_iam_member.decrypt grants roles/cloudkms.cryptoKeyDecrypter on the Cloud KMS crypto key to allUsers"},
		{"resource": "google_kms_key_ring_iam_binding.ring", "path": ["config", "members", 1], "msg": "google_kms_key_ring_iam_binding.ring grants roles/cloudkms.viewer on the Cloud KMS key ring to allAuthenticatedUsers"},
		{"resource": "google_secret_manager_secret_iam_member.token", "path": ["config", "member"], "msg": "google_secret_manager_secret_iam_member.token grants roles/secretmanager.secretAccessor on the Secret Manager secret to allAuthenticatedUsers"},
		{"resource": "google_pubsub_subscription_iam_member.events", "path": ["config", "member"], "msg": "google_pubsub_subscription_iam_member.events grants roles/pubsub.subscriber on the Pub/Sub subscription to allUsers"},
		{"resource": "google_healthcare_fhir_store_iam_binding.fhir", "path": ["config", "members", 0], "msg": "google_healthcare_fhir_store_iam_binding.fhir grants roles/healthcare.fhirResourceReader on the Cloud Healthcare FHIR store to allUsers"},
		{"resource": "google_spanner_database_iam_member.db", "path": ["config", "member"], "msg": "google_spanner_database_iam_member.db grants a role on the Spanner database to allUsers"},
		{"resource": "google_compute_snapshot_iam_member.snap", "path": ["config", "member"], "msg": "google_compute_snapshot_iam_member.snap grants roles/compute.storageAdmin on the Compute Engine snapshot to projects/1:allUsers"},
	} with input as tf.doc([
		tf.res("google_kms_crypto_key_iam_member", "decrypt", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyDecrypter", "member": "allUsers"}),
		tf.res("google_kms_key_ring_iam_binding", "ring", {"key_ring_id": "r", "role": "roles/cloudkms.viewer", "members": ["group:sec@example.com", "allAuthenticatedUsers"]}),
		tf.res("google_secret_manager_secret_iam_member", "token", {"secret_id": "s", "role": "roles/secretmanager.secretAccessor", "member": "allAuthenticatedUsers"}),
		tf.res("google_pubsub_subscription_iam_member", "events", {"subscription": "s", "role": "roles/pubsub.subscriber", "member": "allUsers"}),
		tf.res("google_healthcare_fhir_store_iam_binding", "fhir", {"fhir_store_id": "f", "role": "roles/healthcare.fhirResourceReader", "members": ["allUsers"]}),
		tf.res("google_spanner_database_iam_member", "db", {"instance": "i", "database": "d", "role": tf.unknown("var.role"), "member": "allUsers"}),
		tf.res("google_compute_snapshot_iam_member", "snap", {"name": "s", "role": "roles/compute.storageAdmin", "member": "projects/1:allUsers"}),
	])
}

test_private_unknown_and_other_resources_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_kms_crypto_key_iam_member", "a", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyDecrypter", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		tf.res("google_secret_manager_secret_iam_member", "b", {"secret_id": "s", "role": "roles/secretmanager.secretAccessor", "member": tf.unknown("var.member")}),
		tf.res("google_pubsub_topic_iam_binding", "c", {"topic": "t", "role": "roles/pubsub.publisher", "members": tf.unknown("var.members")}),
		tf.res("google_bigtable_table_iam_binding", "d", {"instance": "i", "table": "t", "role": "roles/bigtable.reader", "members": ["group:analysts@example.com", tf.unknown("var.extra")]}),
		# Buckets, datasets and projects are other checks' (or not accepted by GCP).
		tf.res("google_storage_bucket_iam_member", "e", {"bucket": "b", "role": "roles/storage.objectViewer", "member": "allUsers"}),
		tf.res("google_bigquery_dataset_iam_member", "f", {"dataset_id": "d", "role": "roles/bigquery.dataViewer", "member": "allUsers"}),
		tf.res("google_project_iam_member", "g", {"project": "p", "role": "roles/viewer", "member": "allUsers"}),
		tf.res("google_cloud_run_v2_job_iam_member", "h", {"name": "j", "role": "roles/run.invoker", "member": "allUsers"}),
	])
}

test_public_invoker_on_services_and_functions_is_exempt if {
	count(check.deny) == 0 with input as tf.doc([
		tf.res("google_cloud_run_service_iam_member", "a", {"service": "web", "role": "roles/run.invoker", "member": "allUsers"}),
		tf.res("google_cloud_run_v2_service_iam_binding", "b", {"name": "api", "role": "roles/run.invoker", "members": ["allUsers"]}),
		tf.res("google_cloud_run_v2_service_iam_member", "c", {"name": "api", "role": "roles/run.servicesInvoker", "member": "allUsers"}),
		tf.res("google_cloudfunctions_function_iam_member", "d", {"cloud_function": "f", "role": "roles/cloudfunctions.invoker", "member": "allUsers"}),
		tf.res("google_cloudfunctions2_function_iam_member", "e", {"cloud_function": "f", "role": "roles/cloudfunctions.invoker", "member": "allUsers"}),
		tf.res("google_cloud_run_service_iam_member", "f", {"service": "web", "role": tf.unknown("var.role"), "member": "allUsers"}),
	])
}

test_other_roles_and_authenticated_invokers_on_services_are_reported if {
	check.deny == {
		{"resource": "google_cloud_run_service_iam_member.a", "path": ["config", "member"], "msg": "google_cloud_run_service_iam_member.a grants roles/run.invoker on the Cloud Run service to allAuthenticatedUsers"},
		{"resource": "google_cloud_run_v2_service_iam_member.b", "path": ["config", "member"], "msg": "google_cloud_run_v2_service_iam_member.b grants roles/run.developer on the Cloud Run service to allUsers"},
		{"resource": "google_cloudfunctions2_function_iam_binding.c", "path": ["config", "members", 0], "msg": "google_cloudfunctions2_function_iam_binding.c grants roles/cloudfunctions.viewer on the Cloud Function to allUsers"},
		{"resource": "google_cloudfunctions_function_iam_member.d", "path": ["config", "member"], "msg": "google_cloudfunctions_function_iam_member.d grants a role on the Cloud Function to allAuthenticatedUsers"},
		{"resource": "google_artifact_registry_repository_iam_member.e", "path": ["config", "member"], "msg": "google_artifact_registry_repository_iam_member.e grants roles/artifactregistry.reader on the Artifact Registry repository to allUsers"},
		{"resource": "google_dataproc_cluster_iam_member.f", "path": ["config", "member"], "msg": "google_dataproc_cluster_iam_member.f grants roles/dataproc.editor on the Dataproc cluster to allUsers"},
	} with input as tf.doc([
		tf.res("google_cloud_run_service_iam_member", "a", {"service": "web", "role": "roles/run.invoker", "member": "allAuthenticatedUsers"}),
		tf.res("google_cloud_run_v2_service_iam_member", "b", {"name": "api", "role": "roles/run.developer", "member": "allUsers"}),
		tf.res("google_cloudfunctions2_function_iam_binding", "c", {"cloud_function": "f", "role": "roles/cloudfunctions.viewer", "members": ["allUsers"]}),
		tf.res("google_cloudfunctions_function_iam_member", "d", {"cloud_function": "f", "role": tf.unknown("var.role"), "member": "allAuthenticatedUsers"}),
		# The invoker exemption is for services and functions only.
		tf.res("google_artifact_registry_repository_iam_member", "e", {"repository": "r", "role": "roles/artifactregistry.reader", "member": "allUsers"}),
		tf.res("google_dataproc_cluster_iam_member", "f", {"cluster": "c", "role": "roles/dataproc.editor", "member": "allUsers"}),
	])
}

test_policies_from_data_sources_and_json_are_reported if {
	check.deny == {
		{"resource": "google_kms_crypto_key_iam_policy.key", "path": ["config", "policy_data"], "msg": "google_kms_crypto_key_iam_policy.key grants roles/cloudkms.cryptoKeyEncrypterDecrypter on the Cloud KMS crypto key to allUsers through data.google_iam_policy.public"},
		{"resource": "google_pubsub_topic_iam_policy.topic", "path": ["config", "policy_data"], "msg": "google_pubsub_topic_iam_policy.topic grants roles/cloudkms.cryptoKeyEncrypterDecrypter on the Pub/Sub topic to allUsers through data.google_iam_policy.public"},
		{"resource": "google_healthcare_dataset_iam_policy.json", "path": ["config", "policy_data"], "msg": "google_healthcare_dataset_iam_policy.json grants roles/healthcare.datasetViewer on the Cloud Healthcare dataset to allAuthenticatedUsers"},
		{"resource": "google_bigtable_instance_iam_policy.partial", "path": ["config", "policy_data"], "msg": "google_bigtable_instance_iam_policy.partial grants roles/bigtable.reader on the Bigtable instance to allUsers"},
	} with input as tf.doc([
		tf.data_res("google_iam_policy", "public", {"binding": [
			{"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "members": ["allUsers", "group:sec@example.com"]},
			{"role": "roles/viewer", "members": tf.unknown("var.viewers")},
		]}),
		tf.res("google_kms_crypto_key_iam_policy", "key", {"crypto_key_id": "k", "policy_data": tf.unknown("data.google_iam_policy.public.policy_data")}),
		tf.res("google_pubsub_topic_iam_policy", "topic", {"topic": "t", "policy_data": tf.unknown("data.google_iam_policy.public.policy_data")}),
		tf.res("google_healthcare_dataset_iam_policy", "json", {"dataset_id": "d", "policy_data": "{\"bindings\":[{\"members\":[\"allAuthenticatedUsers\"],\"role\":\"roles/healthcare.datasetViewer\"}]}"}),
		tf.res("google_bigtable_instance_iam_policy", "partial", {"instance": "i", "policy_data": {
			"__unknown__": "jsonencode({...})", "refs": ["var.reader"],
			"partial": {"bindings": [{"role": "roles/bigtable.reader", "members": ["allUsers", tf.unknown("var.reader")]}]},
		}}),
	])
}

test_policies_that_are_private_unknown_or_exempt_pass if {
	count(check.deny) == 0 with input as tf.doc([
		tf.data_res("google_iam_policy", "private", {"binding": [{"role": "roles/cloudkms.cryptoKeyDecrypter", "members": ["serviceAccount:app@p.iam.gserviceaccount.com"]}]}),
		tf.data_res("google_iam_policy", "web", {"binding": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}),
		tf.data_res("google_iam_policy", "dyn", {"dynamic": {"binding": [{"for_each": tf.unknown("var.bindings"), "content": [{"role": tf.unknown("binding.value"), "members": ["allUsers"]}]}]}}),
		tf.res("google_kms_crypto_key_iam_policy", "a", {"crypto_key_id": "k", "policy_data": tf.unknown("data.google_iam_policy.private.policy_data")}),
		tf.res("google_cloud_run_service_iam_policy", "b", {"service": "web", "policy_data": tf.unknown("data.google_iam_policy.web.policy_data")}),
		tf.res("google_secret_manager_secret_iam_policy", "c", {"secret_id": "s", "policy_data": tf.unknown("data.google_iam_policy.dyn.policy_data")}),
		tf.res("google_secret_manager_secret_iam_policy", "d", {"secret_id": "s", "policy_data": tf.unknown("var.policy")}),
		tf.res("google_secret_manager_secret_iam_policy", "e", {"secret_id": "s", "policy_data": tf.unknown("module.iam.policy_data")}),
		tf.res("google_cloudfunctions2_function_iam_policy", "f", {"cloud_function": "f", "policy_data": "{\"bindings\":[{\"members\":[\"allUsers\"],\"role\":\"roles/cloudfunctions.invoker\"}]}"}),
		# A data google_iam_policy that only a bucket policy uses is EVD-TF-151's concern, not read here.
		tf.data_res("google_iam_policy", "bucket", {"binding": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}),
		tf.res("google_storage_bucket_iam_policy", "g", {"bucket": "b", "policy_data": tf.unknown("data.google_iam_policy.bucket.policy_data")}),
	])
}
