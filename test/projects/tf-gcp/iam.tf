resource "google_service_account" "deployer" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

# The deployer may act as the node service account, and only that one.
resource "google_service_account_iam_member" "deployer_act_as_nodes" {
  service_account_id = google_service_account.gke_nodes.name
  role               = "roles/iam.serviceAccountUser"
  member             = google_service_account.deployer.member
}

resource "google_project_iam_member" "deployer_gke" {
  project = var.project_id
  role    = "roles/container.developer"
  member  = google_service_account.deployer.member
}

# Added when a Cloud Run deploy failed with "iam.serviceAccounts.actAs denied".
resource "google_project_iam_member" "deployer_act_as_all" {
  project = var.project_id
  role    = "roles/iam.serviceAccountUser"
  member  = google_service_account.deployer.member
}

resource "google_project_iam_member" "etl_owner" {
  project = var.project_id
  role    = "roles/owner"
  member  = "serviceAccount:etl@clinic-telehealth-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_binding" "contractors" {
  project = var.project_id
  role    = "roles/editor"
  members = [
    "user:contractor@partner.example",
    "group:data-eng@clinic.example",
  ]
}

resource "google_project_iam_member" "support_logs" {
  project = var.project_id
  role    = "roles/logging.viewer"
  member  = "group:support@clinic.example"
}
