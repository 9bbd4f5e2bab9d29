# The records service's workloads on the clinic's EKS cluster, deployed with the
# hashicorp/kubernetes provider. The cluster itself is managed elsewhere.
terraform {
  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.35"
    }
  }
}

provider "kubernetes" {
  config_path    = "~/.kube/config"
  config_context = var.cluster_context
}

variable "cluster_context" {
  type = string
}

variable "api_image_tag" {
  type    = string
  default = "2.14.1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "debug_privileged" {
  type    = bool
  default = false
}
