resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  location   = "europe-west3"

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.records.id
  }
}

resource "google_bigquery_dataset" "research" {
  dataset_id = "research_extract"
  location   = "europe-west3"
}

resource "google_bigquery_dataset_iam_member" "research_partners" {
  dataset_id = google_bigquery_dataset.research.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allAuthenticatedUsers"
}

resource "google_healthcare_dataset" "clinical" {
  name     = "clinical"
  location = "europe-west3"
}

resource "google_healthcare_fhir_store" "patients" {
  name    = "patients"
  dataset = google_healthcare_dataset.clinical.id
  version = "R4"
}

resource "google_healthcare_fhir_store_iam_member" "app" {
  fhir_store_id = google_healthcare_fhir_store.patients.id
  role          = "roles/healthcare.fhirResourceEditor"
  member        = "serviceAccount:records-app@clinic-telehealth-prod.iam.gserviceaccount.com"
}

# The research extract is rebuilt nightly by a scratch job, so its table was
# left deletable; the analytics tables keep the provider's protection.
resource "google_bigquery_table" "research_visits" {
  dataset_id          = google_bigquery_dataset.research.dataset_id
  table_id            = "visits"
  deletion_protection = false
}

resource "google_bigquery_table" "analytics_outcomes" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  table_id   = "outcomes"
}
