# METADATA
# title: Google Cloud resource is outside the allowed regions
# description: >-
#   A google resource's location, region or zone — written in the resource or,
#   for regional resources that default to it (Cloud SQL, Compute instances and
#   disks, Memorystore, Cloud Functions, Artifact Registry), taken from the
#   region or zone of the provider configuration it uses — is not one of the
#   regions listed in the configuration's gdpr.allowedRegions. A zone counts as
#   its region ("europe-west3-a" is in "europe-west3"); multi- and dual-regions
#   ("EU", "EUR4") must be listed themselves; a dual-region bucket's
#   custom_placement_config data_locations are checked one by one; a BigQuery
#   dataset without location is created in the US multi-region. Storing personal
#   data elsewhere may be a transfer to a third country. Silent when
#   allowedRegions is absent or empty, or the location is unknown. Every google
#   resource with a location, region or zone is checked; the selector lists
#   the main data-holding types.
# related_resources:
#   - ref: https://cloud.google.com/about/locations
#   - ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
# custom:
#   id: EVD-TF-171
#   severity: medium
#   remediation: >-
#     Set the resource's location/region (or the provider's region) to an allowed
#     region, or, if the transfer is intended and covered by an adequacy decision
#     or safeguards, add the region to gdpr.allowedRegions and document the basis.
#   selector:
#     input: terraform
#     resources: [google_storage_bucket, google_bigquery_dataset, google_sql_database_instance, google_compute_instance, google_compute_disk, google_container_cluster, google_redis_instance, google_spanner_instance, google_alloydb_cluster, google_firestore_database]
#   controls:
#     gdpr: ["Art.44", "Art.45"]
#   rationale:
#     gdpr: Placing personal data in a region outside the approved list may be a transfer to a third country, which Chapter V allows only on an adequacy decision or other safeguards.
package evident.checks.terraform.gcp_resource_outside_allowed_regions

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

# Regional resources whose region or zone defaults to the provider's.
provider_defaulted := {
	"google_sql_database_instance", "google_compute_instance", "google_compute_disk", "google_compute_region_disk",
	"google_redis_instance", "google_cloudfunctions_function", "google_artifact_registry_repository",
	"google_compute_subnetwork", "google_dataproc_cluster",
}

deny contains f if {
	gcp.residency_enforced
	some resource in gcp.google_resources
	place := gcp.placement(resource)
	gcp.outside_allowed(place.name)
	f := finding.at(resource, ["config", place.attr], finding.format("%s is in %s, outside the allowed regions (%s)", [resource.id, place.name, gcp.allowed_regions_text]))
}

deny contains f if {
	gcp.residency_enforced
	some resource in gcp.google_resources
	resource.type in provider_defaulted
	not placed(resource)
	place := gcp.provider_placement(resource)
	gcp.outside_allowed(place.name)
	f := finding.of(resource, finding.format("%s is in %s (the %s of provider.%s), outside the allowed regions (%s)", [resource.id, place.name, place.attr, resource.provider, gcp.allowed_regions_text]))
}

deny contains f if {
	gcp.residency_enforced
	some dataset in terraform.resources("google_bigquery_dataset")
	not values.has_key(dataset.config, "location")
	gcp.outside_allowed("US")
	f := finding.of(dataset, finding.format("%s has no location: BigQuery creates it in the US multi-region, outside the allowed regions (%s)", [dataset.id, gcp.allowed_regions_text]))
}

deny contains f if {
	gcp.residency_enforced
	some bucket in terraform.resources("google_storage_bucket")
	some p, placement in terraform.blocks(bucket.config, "custom_placement_config")
	is_array(placement.data_locations)
	some i, location in placement.data_locations
	is_string(location)
	gcp.outside_allowed(location)
	f := finding.at(bucket, ["config", "custom_placement_config", p, "data_locations", i], finding.format("%s stores data in %s, outside the allowed regions (%s)", [bucket.id, location, gcp.allowed_regions_text]))
}

# placed(resource): the resource says where it is (possibly through an unknown value).
placed(resource) if {
	some attr in gcp.placement_attrs
	values.has_key(resource.config, attr)
}
