resource "google_kms_key_ring" "phi" {
  name     = "phi"
  location = "europe-west3"
}

resource "google_kms_crypto_key" "records" {
  name            = "records"
  key_ring        = google_kms_key_ring.phi.id
  rotation_period = "7776000s"

  lifecycle {
    prevent_destroy = true
  }
}

resource "google_kms_crypto_key" "exports" {
  name     = "exports"
  key_ring = google_kms_key_ring.phi.id
}

# Cloud Storage's service agent encrypts the records bucket with the key.
resource "google_kms_crypto_key_iam_member" "gcs_records" {
  crypto_key_id = google_kms_crypto_key.records.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:service-123456789012@gs-project-accounts.iam.gserviceaccount.com"
}

resource "google_kms_crypto_key_iam_member" "exports_partner" {
  crypto_key_id = google_kms_crypto_key.exports.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allAuthenticatedUsers"
}
