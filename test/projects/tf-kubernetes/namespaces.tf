resource "kubernetes_namespace_v1" "records" {
  metadata {
    name = "records"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
      team                                 = "records"
    }
  }
}

# Nightly exports run here; nobody set a Pod Security level.
resource "kubernetes_namespace_v1" "batch" {
  metadata {
    name = "records-batch"
    labels = {
      team = "records"
    }
  }
}

resource "kubernetes_network_policy_v1" "records_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.records.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}
