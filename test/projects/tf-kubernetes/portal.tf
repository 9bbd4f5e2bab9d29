# The legacy patient portal. Its log shipper "needs" to be privileged to read
# the node's journal, and the portal image was never tagged.
resource "kubernetes_deployment" "legacy_portal" {
  metadata {
    name      = "legacy-portal"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "legacy-portal" }
    }
    template {
      metadata {
        labels = { app = "legacy-portal" }
      }
      spec {
        automount_service_account_token = false
        security_context {
          run_as_non_root = true
          run_as_user     = 10001
        }
        container {
          name  = "portal"
          image = "registry.example.com/records/portal"
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
        container {
          name  = "log-shipper"
          image = "registry.example.com/tools/log-shipper:4.2.0"
          security_context {
            privileged                = true
            read_only_root_filesystem = true
          }
        }
      }
    }
  }
}
