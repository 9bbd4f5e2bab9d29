# Production stack of the telehealth platform, AWS provider v5 style:
# bucket settings are separate resources that point at their bucket.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "clinic-terraform-state"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  name = "clinic-prod"
  tags = { service = "telehealth", data = "phi" }
}

resource "aws_kms_key" "phi" {
  description         = "PHI at rest"
  enable_key_rotation = true
}

resource "aws_kms_key" "exports" {
  description = "exports"
}
