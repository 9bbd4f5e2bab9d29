resource "random_password" "records_app" {
  length  = 32
  special = true
}

resource "random_password" "billing_root" {
  length  = 32
  special = true
}

resource "google_sql_database_instance" "records" {
  name                = "records-pg"
  database_version    = "POSTGRES_16"
  region              = "europe-west3"
  encryption_key_name = google_kms_crypto_key.records.id
  deletion_protection = true

  settings {
    tier              = "db-custom-4-16384"
    availability_type = "REGIONAL"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      transaction_log_retention_days = 7

      backup_retention_settings {
        retained_backups = 30
      }
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "log_connections"
      value = "on"
    }

    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
  }
}

resource "google_sql_user" "records_app" {
  name     = "records_app"
  instance = google_sql_database_instance.records.name
  password = random_password.records_app.result
}

resource "google_sql_database_instance" "reporting" {
  name                = "reporting-pg"
  database_version    = "POSTGRES_15"
  region              = "europe-west3"
  deletion_protection = false

  settings {
    tier = "db-g1-small"

    backup_configuration {
      enabled = false
    }

    ip_configuration {
      ipv4_enabled = true

      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }
  }
}

resource "google_sql_user" "analyst" {
  name     = "analyst"
  instance = google_sql_database_instance.reporting.name
  password = "Rep0rting-Analyst-2024"
}

resource "google_sql_database_instance" "billing" {
  name                = "billing-mssql"
  database_version    = "SQLSERVER_2019_STANDARD"
  region              = "europe-west3"
  root_password       = random_password.billing_root.result
  deletion_protection = true

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "contained database authentication"
      value = "on"
    }

    # The fraud team's R model scores claims inside the database.
    database_flags {
      name  = "external scripts enabled"
      value = "on"
    }
  }
}
