# The CI deployer got cluster-admin "until the RBAC is sorted out".
resource "kubernetes_cluster_role_binding_v1" "ci_deployer" {
  metadata {
    name = "ci-deployer"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "ci-deployer"
    namespace = "ci"
  }
}

resource "kubernetes_role_v1" "records_reader" {
  metadata {
    name      = "records-reader"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps", "pods"]
    verbs      = ["get", "list", "watch"]
  }
}

# The admin console, opened to the internet for a vendor demo.
resource "kubernetes_service_v1" "admin" {
  metadata {
    name      = "records-admin"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    type     = "LoadBalancer"
    selector = { app = "records-admin" }
    port {
      port        = 443
      target_port = 8443
    }
  }
}

# A debugging pod, privileged only when the operator asks for it (not known here).
resource "kubernetes_pod_v1" "debug" {
  metadata {
    name      = "records-debug"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    automount_service_account_token = false
    security_context {
      run_as_non_root = true
      run_as_user     = 10001
    }
    container {
      name  = "shell"
      image = "registry.example.com/tools/shell:1.3.0"
      security_context {
        privileged                 = var.debug_privileged
        allow_privilege_escalation = false
        read_only_root_filesystem  = true
        capabilities {
          drop = ["ALL"]
        }
      }
    }
  }
}

resource "kubernetes_storage_class_v1" "gp3" {
  metadata {
    name = "gp3-encrypted"
  }
  storage_provisioner = "ebs.csi.aws.com"
  parameters = {
    type      = "gp3"
    encrypted = "true"
  }
}
