# CloudFront distributions of a clinic's patient portal, all created through
# terraform-aws-modules/cloudfront (version 6 renamed create_distribution to
# create and raised the default minimum TLS version from TLSv1 to
# TLSv1.2_2025).

provider "aws" {
  region = "eu-central-1"
}

variable "portal_certificate_arn" {
  description = "ACM certificate (us-east-1) of portal.clinic.example"
  type        = string
}

variable "downloads_viewer_protocol_policy" {
  description = "Set by the pipeline per environment"
  type        = string
}

# Compliant (v6): HTTPS only on every behavior, a custom certificate with a
# TLS 1.2 minimum, viewer requests logged to a bucket.
module "portal_cdn" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "~> 6.0"

  aliases = ["portal.clinic.example"]
  comment = "Patient portal"

  logging_config = {
    bucket = "clinic-cdn-logs.s3.amazonaws.com"
    prefix = "portal/"
  }

  origin = {
    portal = {
      domain_name = "portal-origin.clinic.example"
      custom_origin_config = {
        http_port              = 80
        https_port             = 443
        origin_protocol_policy = "https-only"
      }
    }
  }

  default_cache_behavior = {
    target_origin_id       = "portal"
    viewer_protocol_policy = "redirect-to-https"
  }

  ordered_cache_behavior = [
    {
      path_pattern           = "/api/*"
      target_origin_id       = "portal"
      viewer_protocol_policy = "https-only"
      allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    },
  ]

  viewer_certificate = {
    acm_certificate_arn      = var.portal_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# Violations (v5): the patient-education videos allow plain HTTP, and the
# call keeps the module's default viewer certificate, whose minimum protocol
# before version 6 is TLSv1.
module "education_cdn" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "~> 5.2"

  comment = "Patient education videos"

  origin = {
    videos = {
      domain_name = "clinic-education.s3.eu-central-1.amazonaws.com"
    }
  }

  default_cache_behavior = {
    target_origin_id       = "videos"
    viewer_protocol_policy = "allow-all"
  }
}

# Violations (v3 from git): the image path allows plain HTTP, and the custom
# certificate names no minimum protocol, which the module then sets to TLSv1.
module "imaging_cdn" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-cloudfront.git?ref=v3.4.0"

  aliases = ["imaging.clinic.example"]
  comment = "Radiology image viewer"

  origin = {
    imaging = {
      domain_name = "imaging-origin.clinic.example"
      custom_origin_config = {
        http_port              = 80
        https_port             = 443
        origin_protocol_policy = "https-only"
        origin_ssl_protocols   = ["TLSv1.2"]
      }
    }
  }

  default_cache_behavior = {
    target_origin_id       = "imaging"
    viewer_protocol_policy = "https-only"
  }

  ordered_cache_behavior = [
    {
      path_pattern           = "/api/*"
      target_origin_id       = "imaging"
      viewer_protocol_policy = "https-only"
    },
    {
      path_pattern           = "/thumbnails/*"
      target_origin_id       = "imaging"
      viewer_protocol_policy = "allow-all"
    },
  ]

  viewer_certificate = {
    acm_certificate_arn = var.portal_certificate_arn
    ssl_support_method  = "sni-only"
  }
}

# What the pipeline decides is not reported: the viewer protocol policy is a
# variable, and the certificate names no minimum on a call that pins no
# version (TLSv1 before version 6, TLSv1.2_2025 from it). The missing version
# constraint is reported.
module "downloads_cdn" {
  source = "terraform-aws-modules/cloudfront/aws"

  comment = "Patient record downloads"

  origin = {
    downloads = {
      domain_name = "downloads-origin.clinic.example"
    }
  }

  default_cache_behavior = {
    target_origin_id       = "downloads"
    viewer_protocol_policy = var.downloads_viewer_protocol_policy
  }

  viewer_certificate = {
    acm_certificate_arn = var.portal_certificate_arn
    ssl_support_method  = "sni-only"
  }
}

# Not created in this environment (v5 switch): nothing to report.
module "legacy_newsletter_cdn" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "5.2.0"

  create_distribution = false

  default_cache_behavior = {
    target_origin_id       = "newsletter"
    viewer_protocol_policy = "allow-all"
  }
}

# Not created in this environment (v6 switch): nothing to report.
module "staging_portal_cdn" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "6.0.0"

  create = false

  default_cache_behavior = {
    target_origin_id       = "portal"
    viewer_protocol_policy = "allow-all"
  }

  viewer_certificate = {
    cloudfront_default_certificate = true
    minimum_protocol_version       = "TLSv1"
  }
}

resource "aws_kms_key" "audit" {
  description         = "Clinic audit trail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.audit.arn
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
