# The nightly PHI export to the billing partner's SFTP server, written in a hurry.
resource "kubernetes_cron_job_v1" "export" {
  metadata {
    name      = "phi-export"
    namespace = kubernetes_namespace_v1.batch.metadata[0].name
  }
  spec {
    schedule = "0 2 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "export"
              image = "registry.example.com/records/export:latest"
              env {
                name  = "SFTP_PASSWORD"
                value = "Bq7-partner-Sftp-2024"
              }
              volume_mount {
                name       = "host-logs"
                mount_path = "/var/log/export"
              }
            }
            volume {
              name = "host-logs"
              host_path {
                path = "/var/log"
              }
            }
          }
        }
      }
    }
  }
}

# The partner's key, kept here "for now".
resource "kubernetes_secret_v1" "partner_sftp" {
  metadata {
    name      = "partner-sftp"
    namespace = kubernetes_namespace_v1.batch.metadata[0].name
  }
  data = {
    username = "clinic"
    password = "Bq7-partner-Sftp-2024"
  }
}
