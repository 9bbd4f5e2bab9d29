# A telehealth platform on Google Cloud: patient records in Cloud SQL, Cloud
# Storage and a FHIR store, workloads on GKE. The production path is hardened;
# the reporting VM, the ML sandbox cluster and the analytics exports grew up
# beside it in a hurry.
terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

provider "google" {
  project = var.project_id
  region  = "europe-west3"
}

variable "project_id" {
  type    = string
  default = "clinic-telehealth-prod"
}

variable "ops_cidr" {
  description = "The office egress range that may reach the GKE control plane"
  type        = string
  default     = "203.0.113.0/24"
}

# Data Access audit logs for every service of the project: who read or changed
# which record, in Cloud Storage, Cloud SQL and the FHIR store alike.
resource "google_project_iam_audit_config" "data_access" {
  project = var.project_id
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
