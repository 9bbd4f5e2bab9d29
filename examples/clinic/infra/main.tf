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

# Account activity of every region, with tamper-evident, KMS-encrypted log files.
resource "aws_cloudtrail" "main" {
  name                          = "${local.name_prefix}-trail"
  s3_bucket_name                = aws_s3_bucket.audit_logs.id
  s3_key_prefix                 = "cloudtrail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.phi.arn
}
