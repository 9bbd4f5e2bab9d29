resource "google_service_account" "bastion" {
  account_id   = "bastion"
  display_name = "Bastion host"
}

resource "google_compute_instance" "bastion" {
  name         = "bastion"
  machine_type = "e2-small"
  zone         = "europe-west3-a"
  tags         = ["bastion"]

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.records.id

    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  metadata = {
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = "TRUE"
  }

  service_account {
    email  = google_service_account.bastion.email
    scopes = ["cloud-platform"]
  }
}

# The reporting VM the analysts log in to with their own keys.
resource "google_compute_instance" "reporting" {
  name         = "reporting"
  machine_type = "e2-standard-2"
  zone         = "europe-west3-a"
  tags         = ["reporting"]

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-11"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.legacy.id

    access_config {}
  }

  metadata = {
    enable-oslogin         = "FALSE"
    block-project-ssh-keys = "FALSE"
    serial-port-enable     = "TRUE"
  }

  service_account {
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_disk" "reporting_data" {
  name = "reporting-data"
  type = "pd-ssd"
  zone = "europe-west3-a"
  size = 200

  disk_encryption_key {
    raw_key = "Q2xpbmljUmVwb3J0aW5nRGlza0tleTIwMjQhISEhISE="
  }
}
