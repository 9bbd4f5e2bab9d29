# A legacy (AWS provider v3) stack: bucket settings are inline blocks.
provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAQ3EGXJ7N2WKHYV5M"
  secret_key = "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"
}

variable "environment" {
  default = "prod"
}

variable "encrypt_archive" {
  description = "set by the pipeline"
  type        = bool
}

# Compliant (legacy style): encrypted, versioned, logged, private.
resource "aws_s3_bucket" "lab_results" {
  bucket = "lab-results-${var.environment}"
  acl    = "private"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }

  versioning {
    enabled = true
  }

  logging {
    target_bucket = "central-access-logs"
    target_prefix = "lab-results/"
  }
}

resource "aws_s3_bucket_public_access_block" "lab_results" {
  bucket                  = aws_s3_bucket.lab_results.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Violations: a public-read bucket for a patient portal's uploads, no encryption, no versioning, no logging.
resource "aws_s3_bucket" "uploads" {
  bucket = "patient-uploads-${var.environment}"
  acl    = "public-read"
}

# Unknown: encryption decided by the pipeline; must not be reported.
resource "aws_db_instance" "archive" {
  identifier              = "archive-${var.environment}"
  engine                  = "postgres"
  instance_class          = "db.t3.medium"
  allocated_storage       = 200
  storage_encrypted       = var.encrypt_archive
  backup_retention_period = 7
  deletion_protection     = true
}

resource "aws_security_group" "bastion" {
  name = "bastion"

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 100
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
}

resource "aws_cloudfront_distribution" "portal" {
  enabled = true
  origin {
    domain_name = "portal.clinic.example.org"
    origin_id   = "portal"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "match-viewer"
      origin_ssl_protocols   = ["TLSv1", "TLSv1.1", "TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "portal"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# The portal's origin: a Classic Load Balancer from the same era, HTTPS for the
# portal and plain HTTP still open for the old intake kiosks.
resource "aws_elb" "portal" {
  name               = "portal-origin"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:iam::123456789012:server-certificate/portal-2023"
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  access_logs {
    bucket   = "portal-elb-logs"
    interval = 60
  }
}

# The archive's one-off migration into RDS, kept for the nightly replication:
# DMS reads the old MySQL server with the endpoint's default ssl_mode, "none".
resource "aws_dms_endpoint" "archive_source" {
  endpoint_id                     = "archive-onprem"
  endpoint_type                   = "source"
  engine_name                     = "mysql"
  server_name                     = "archive-db.clinic.example.org"
  port                            = 3306
  secrets_manager_access_role_arn = "arn:aws:iam::123456789012:role/dms-secrets"
  secrets_manager_arn             = "arn:aws:secretsmanager:us-east-1:123456789012:secret:archive-db"
}
