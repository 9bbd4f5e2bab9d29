resource "google_service_account" "gke_nodes" {
  account_id   = "gke-nodes"
  display_name = "GKE nodes of the telehealth cluster"
}

resource "google_container_cluster" "main" {
  name                     = "telehealth"
  location                 = "europe-west3"
  remove_default_node_pool = true
  initial_node_count       = 1
  network                  = google_compute_network.main.id
  subnetwork               = google_compute_subnetwork.app.id
  datapath_provider        = "ADVANCED_DATAPATH"

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.ops_cidr
      display_name = "office"
    }
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }

  database_encryption {
    state    = "ENCRYPTED"
    key_name = google_kms_crypto_key.records.id
  }

  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
  }

  release_channel {
    channel = "REGULAR"
  }
}

resource "google_container_node_pool" "web" {
  name       = "web"
  cluster    = google_container_cluster.main.id
  location   = "europe-west3"
  node_count = 2

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot = true
    }
  }
}

resource "google_container_node_pool" "batch" {
  name     = "batch"
  cluster  = google_container_cluster.main.id
  location = "europe-west3"

  autoscaling {
    min_node_count = 0
    max_node_count = 5
  }

  # Upgrades drained the nodes under the nightly import: turned off "for now".
  management {
    auto_upgrade = false
  }

  node_config {
    machine_type = "n2-highmem-8"
    spot         = true

    workload_metadata_config {
      mode = "GCE_METADATA"
    }
  }
}

# The data science team's sandbox, created from an old tutorial.
resource "google_container_cluster" "ml_sandbox" {
  name                  = "ml-sandbox"
  location              = "europe-west3-a"
  initial_node_count    = 2
  enable_legacy_abac    = true
  enable_shielded_nodes = false
  logging_service       = "none"

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }

  node_config {
    machine_type = "n1-standard-4"

    metadata = {
      disable-legacy-endpoints = "false"
    }
  }
}
