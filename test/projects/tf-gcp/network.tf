resource "google_compute_network" "main" {
  name                    = "telehealth"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name                     = "app"
  ip_cidr_range            = "10.10.0.0/20"
  region                   = "europe-west3"
  network                  = google_compute_network.main.id
  private_ip_google_access = true

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.20.0.0/14"
  }

  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "10.24.0.0/20"
  }

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "legacy" {
  name          = "legacy-reporting"
  ip_cidr_range = "10.30.0.0/24"
  region        = "europe-west3"
  network       = google_compute_network.main.id
}

# Proxy-only subnet of the internal load balancer: flow logs do not apply.
resource "google_compute_subnetwork" "proxy" {
  name          = "proxy-only"
  ip_cidr_range = "10.40.0.0/23"
  region        = "europe-west3"
  network       = google_compute_network.main.id
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

# HTTPS from Google's load balancers and health checkers only.
resource "google_compute_firewall" "https_from_lb" {
  name    = "allow-https-from-lb"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  source_ranges = ["130.211.0.0/22", "35.191.0.0/16"]
}

# SSH to the bastion through Identity-Aware Proxy only.
resource "google_compute_firewall" "ssh_from_iap" {
  name    = "allow-ssh-from-iap"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]
  target_tags   = ["bastion"]
}

resource "google_compute_firewall" "reporting" {
  name    = "allow-reporting"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22", "5432"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["reporting"]
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern-tls12"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "partner" {
  name    = "partner-compat"
  profile = "COMPATIBLE"
}
