resource "google_storage_bucket" "access_logs" {
  name                        = "clinic-telehealth-access-logs"
  location                    = "EUROPE-WEST3"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.records.id
  }

  retention_policy {
    retention_period = 31536000
  }
}

resource "google_storage_bucket" "records" {
  name                        = "clinic-telehealth-records"
  location                    = "EUROPE-WEST3"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.records.id
  }

  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}

# The analysts' sandbox project, created here for the exports.
resource "google_project" "sandbox" {
  name            = "Clinic analytics sandbox"
  project_id      = "clinic-analytics-sandbox"
  folder_id       = "folders/284756193"
  billing_account = "01A2B3-C4D5E6-F7A8B9"
}

# Analytics exports, in the sandbox project (outside this project's audit config).
resource "google_storage_bucket" "exports" {
  name     = "clinic-analytics-exports"
  project  = "clinic-analytics-sandbox"
  location = "EUROPE-WEST3"
}

resource "google_storage_bucket_iam_member" "exports_public" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
