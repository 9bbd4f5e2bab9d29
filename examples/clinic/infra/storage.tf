# Patient documents (scans, referral letters): provider v4+ style, with the
# encryption, versioning and public access block as separate resources.
resource "aws_s3_bucket" "patient_documents" {
  bucket = "${local.name_prefix}-patient-documents"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "patient_documents" {
  bucket = aws_s3_bucket.patient_documents.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "patient_documents" {
  bucket                  = aws_s3_bucket.patient_documents.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "patient_documents" {
  bucket = aws_s3_bucket.patient_documents.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "patient_documents" {
  bucket        = aws_s3_bucket.patient_documents.id
  target_bucket = aws_s3_bucket.audit_logs.id
  target_prefix = "s3/patient-documents/"
}

# Audit log archive: legacy (provider v3) inline encryption and versioning
# blocks. S3 access logs can only be delivered to SSE-S3 (AES256) buckets.
resource "aws_s3_bucket" "audit_logs" {
  bucket = "${local.name_prefix}-audit-logs"
  acl    = "log-delivery-write"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }

  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "audit_logs" {
  bucket                  = aws_s3_bucket.audit_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Monthly CSV exports for the billing partner: no encryption configuration,
# no access logging, and readable by anyone on the internet.
resource "aws_s3_bucket" "billing_exports" {
  bucket = "${local.name_prefix}-billing-exports"
}

resource "aws_s3_bucket_acl" "billing_exports" {
  bucket = aws_s3_bucket.billing_exports.id
  acl    = "public-read"
}
