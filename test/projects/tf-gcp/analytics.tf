# Claims analytics: the nightly Dataproc ETL runs on internal addresses only;
# the fraud team's ad-hoc cluster was given external addresses to pull a
# vendor's Python packages. The research notebook has no public IP; the
# epidemiology notebook kept Workbench's default, which assigns one.
resource "google_dataproc_cluster" "claims_etl" {
  name   = "claims-etl"
  region = "europe-west3"

  cluster_config {
    gce_cluster_config {
      subnetwork       = google_compute_subnetwork.app.id
      internal_ip_only = true
    }
  }
}

resource "google_dataproc_cluster" "fraud_adhoc" {
  name   = "fraud-adhoc"
  region = "europe-west3"

  cluster_config {
    gce_cluster_config {
      subnetwork       = google_compute_subnetwork.app.id
      internal_ip_only = false
    }
  }
}

resource "google_workbench_instance" "research" {
  name     = "claims-research"
  location = "europe-west3-a"

  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true

    network_interfaces {
      network = google_compute_network.main.id
      subnet  = google_compute_subnetwork.app.id
    }
  }
}

resource "google_workbench_instance" "epidemiology" {
  name     = "epidemiology"
  location = "europe-west3-a"

  gce_setup {
    machine_type = "e2-standard-8"

    network_interfaces {
      network = google_compute_network.main.id
      subnet  = google_compute_subnetwork.app.id
    }
  }
}
