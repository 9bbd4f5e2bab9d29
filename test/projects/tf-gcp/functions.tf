# HTTP functions of the referral workflow (1st gen). The status webhook that
# partner clinics call redirects plain HTTP to HTTPS; the fax-to-referral
# converter was deployed from an old module that never set the security level,
# so the API's default lets it answer plain HTTP. The scan thumbnailer is
# triggered by Cloud Storage events and has no URL.
resource "google_cloudfunctions_function" "referral_status" {
  name                         = "referral-status"
  runtime                      = "nodejs20"
  entry_point                  = "status"
  source_archive_bucket        = "clinic-functions"
  source_archive_object        = "referral-status.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

resource "google_cloudfunctions_function" "fax_converter" {
  name                  = "fax-to-referral"
  runtime               = "python312"
  entry_point           = "convert"
  source_archive_bucket = "clinic-functions"
  source_archive_object = "fax-to-referral.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "scan_thumbnails" {
  name                  = "scan-thumbnails"
  runtime               = "nodejs20"
  entry_point           = "thumbnail"
  source_archive_bucket = "clinic-functions"
  source_archive_object = "scan-thumbnails.zip"

  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "clinic-scans"
  }
}
