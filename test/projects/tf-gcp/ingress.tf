# The telehealth front ends on the GKE cluster, deployed with the kubernetes
# provider. The video API's Ingress redirects HTTP through a FrontendConfig;
# the web front end's Ingress got its certificate later and still answers
# plain HTTP on port 80.
provider "kubernetes" {
  host                   = "https://${google_container_cluster.main.endpoint}"
  cluster_ca_certificate = base64decode(google_container_cluster.main.master_auth[0].cluster_ca_certificate)
}

resource "kubernetes_ingress_v1" "video_api" {
  metadata {
    name      = "video-api"
    namespace = "telehealth"
    annotations = {
      "networking.gke.io/v1beta1.FrontendConfig" = "https-redirect"
    }
  }
  spec {
    ingress_class_name = "gce"
    tls {
      secret_name = "video-api-tls"
    }
    default_backend {
      service {
        name = "video-api"
        port {
          number = 8080
        }
      }
    }
  }
}

resource "kubernetes_ingress_v1" "web" {
  metadata {
    name      = "telehealth-web"
    namespace = "telehealth"
    annotations = {
      "kubernetes.io/ingress.global-static-ip-name" = "telehealth-web"
    }
  }
  spec {
    ingress_class_name = "gce"
    tls {
      secret_name = "telehealth-web-tls"
    }
    default_backend {
      service {
        name = "telehealth-web"
        port {
          number = 80
        }
      }
    }
  }
}
