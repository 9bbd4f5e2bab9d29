# The records API: hardened, reads its database password from a Secret.
resource "kubernetes_deployment_v1" "records_api" {
  metadata {
    name      = "records-api"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
    labels    = { app = "records-api" }
  }
  spec {
    replicas = 3
    selector {
      match_labels = { app = "records-api" }
    }
    template {
      metadata {
        labels = { app = "records-api" }
      }
      spec {
        service_account_name            = kubernetes_service_account_v1.records_api.metadata[0].name
        automount_service_account_token = false
        security_context {
          run_as_non_root = true
          run_as_user     = 10001
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "api"
          image = "registry.example.com/records/api:${var.api_image_tag}"
          port {
            container_port = 8443
          }
          env {
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.records_db.metadata[0].name
                key  = "password"
              }
            }
          }
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
        dynamic "volume" {
          for_each = toset(["tls", "ca"])
          content {
            name = volume.value
            secret {
              secret_name = "records-${volume.value}"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_account_v1" "records_api" {
  metadata {
    name      = "records-api"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  automount_service_account_token = false
}

resource "kubernetes_service_v1" "records_api" {
  metadata {
    name      = "records-api"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    selector = { app = "records-api" }
    port {
      port        = 443
      target_port = 8443
    }
  }
}

resource "kubernetes_ingress_v1" "records_api" {
  metadata {
    name      = "records-api"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    ingress_class_name = "nginx"
    tls {
      hosts       = ["records.clinic.example.com"]
      secret_name = "records-tls"
    }
    rule {
      host = "records.clinic.example.com"
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = kubernetes_service_v1.records_api.metadata[0].name
              port {
                number = 443
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_secret_v1" "records_db" {
  metadata {
    name      = "records-db"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  data = {
    username = "records"
    password = var.db_password
  }
}
