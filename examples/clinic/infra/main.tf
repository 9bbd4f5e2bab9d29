terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

locals {
  tags = {
    application = "clinic"
    environment = var.environment
    data_class  = "phi"
  }
  name_prefix = "clinic-${var.environment}"
}

resource "aws_kms_key" "phi" {
  description             = "Customer-managed key for PHI at rest"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}
