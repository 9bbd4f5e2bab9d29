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

# Workload identity federation for the CI deployer: the GitHub provider is held to
# the organization; the GitLab one, added for the analytics team's pipelines,
# only checks the branch.
resource "google_iam_workload_identity_pool" "ci" {
  workload_identity_pool_id = "ci-pipelines"
  display_name              = "CI pipelines"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "github"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.repository_owner_id == '81234567'"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "gitlab" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "gitlab"
  attribute_mapping = {
    "google.subject" = "assertion.sub"
    "attribute.ref"  = "assertion.ref"
  }
  attribute_condition = "attribute.ref == 'main'"
  oidc {
    issuer_uri = "https://gitlab.com"
  }
}

resource "google_service_account_iam_member" "deployer_federated" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.ci.name}/attribute.repository/clinic/telehealth-deploy"
}

# The batch pool and the reporting VM run as the Compute Engine default
# account. Its log and metric roles are what Google lists for a node account;
# the BigQuery grant was added so that a nightly export "just works".
data "google_compute_default_service_account" "default" {
  project = var.project_id
}

resource "google_project_iam_member" "default_logs" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = data.google_compute_default_service_account.default.member
}

resource "google_project_iam_member" "default_bigquery" {
  project = var.project_id
  role    = "roles/bigquery.dataViewer"
  member  = data.google_compute_default_service_account.default.member
}
