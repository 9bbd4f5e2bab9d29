# Buckets of a clinic's document service, all created through
# terraform-aws-modules/s3-bucket (the registry module most AWS code uses).

provider "aws" {
  region = "eu-central-1"
}

variable "records_versioning" {
  description = "Set by the pipeline per environment"
  type        = bool
}

# Compliant: encrypted with a customer-managed key, versioned, logged,
# TLS-only policy, Block Public Access from the module's v4 defaults.
module "scans" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"

  bucket = "clinic-scans"

  versioning = {
    enabled = true
  }

  logging = {
    target_bucket = module.access_logs.s3_bucket_id
    target_prefix = "scans/"
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.documents.arn
      }
      bucket_key_enabled = true
    }
  }

  attach_deny_insecure_transport_policy = true
  attach_require_latest_tls_policy      = true
}

# Violations: public canned ACL, versioning suspended, a public bucket policy
# without a TLS deny, no encryption configuration, no access logging. Block
# Public Access is on: ~> 3.15 admits only releases from 3.9.0, default true.
module "patient_uploads" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.15"

  bucket = "clinic-patient-uploads"
  acl    = "public-read"

  versioning = {
    status = "Suspended"
  }

  attach_policy = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::clinic-patient-uploads/*"
    }]
  })
}

# The access-log target: SSE-S3 (the only default encryption S3 server access
# logging delivers to), versioned through a variable the pipeline sets
# (unknown: not reported), Block Public Access set explicitly on a module
# call that pins no version. A log bucket needs no access log of its own.
module "access_logs" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.2"

  bucket = "clinic-access-logs"

  versioning = {
    enabled = var.records_versioning
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }
  }

  attach_access_log_delivery_policy     = true
  attach_deny_insecure_transport_policy = true
}

# Not created in this environment: nothing to report.
module "legacy_exports" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"

  create_bucket = false
  bucket        = "clinic-legacy-exports"
  acl           = "public-read-write"
}

# Block Public Access turned off explicitly on a module whose version is not
# pinned: the explicit value is reported; no version, so no default is assumed.
module "reports" {
  source = "terraform-aws-modules/s3-bucket/aws"

  bucket              = "clinic-reports"
  block_public_policy = false

  versioning = {
    enabled = true
  }

  logging = {
    target_bucket = module.access_logs.s3_bucket_id
    target_prefix = "reports/"
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.documents.arn
      }
    }
  }
}

resource "aws_kms_key" "documents" {
  description         = "Clinic documents"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.documents.arn
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:clinic-audit:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/clinic-audit-logs"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
