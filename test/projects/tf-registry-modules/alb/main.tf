# Load balancers of a clinic's patient portal, all created through
# terraform-aws-modules/alb (version 9 and later take one `listeners` map;
# versions 5 to 8 took the `http_tcp_listeners` / `https_listeners` lists).

provider "aws" {
  region = "eu-central-1"
}

variable "portal_certificate_arn" {
  description = "ACM certificate of portal.clinic.example"
  type        = string
}

variable "api_ssl_policy" {
  description = "Set by the pipeline per environment"
  type        = string
}

variable "scheduling_access_logs" {
  description = "Set by the pipeline per environment"
  type        = map(string)
}

variable "create_reporting_lb" {
  description = "Only some environments run the reporting service"
  type        = bool
}

# Compliant (v9): HTTP only redirects to HTTPS, TLS 1.2+ (the module's default
# policy), access logs on (enabled defaults to true once a bucket is named).
module "portal_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"

  name    = "patient-portal"
  vpc_id  = "vpc-0a1b2c3d"
  subnets = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]

  access_logs = {
    bucket = "clinic-lb-access-logs"
    prefix = "portal"
  }

  listeners = {
    http-https-redirect = {
      port     = 80
      protocol = "HTTP"
      redirect = {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = var.portal_certificate_arn
      forward = {
        target_group_key = "portal"
      }
    }
  }
}

# Violations (v9): no access logs, the appointment API served on plain HTTP,
# and its HTTPS listener still accepting TLS 1.1.
module "appointments_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.4"

  name    = "appointments-api"
  vpc_id  = "vpc-0a1b2c3d"
  subnets = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      forward = {
        target_group_key = "api"
      }
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = var.portal_certificate_arn
      ssl_policy      = "ELBSecurityPolicy-TLS-1-1-2017-01"
      forward = {
        target_group_key = "api"
      }
    }
  }
}

# Violations (v8 lists): the lab-results listener forwards plain HTTP, and the
# HTTPS listener names no ssl_policy, so it gets the module's default before
# version 9, ELBSecurityPolicy-2016-08 (TLS 1.0). Access logs are on: before
# version 9 `enabled` defaults to whether a bucket is named.
module "lab_results_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "8.7.0"

  name    = "lab-results"
  vpc_id  = "vpc-0a1b2c3d"
  subnets = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]

  access_logs = {
    bucket = "clinic-lb-access-logs"
    prefix = "lab-results"
  }

  http_tcp_listeners = [
    {
      port               = 80
      protocol           = "HTTP"
      target_group_index = 0
    },
  ]

  https_listeners = [
    {
      port               = 443
      protocol           = "HTTPS"
      certificate_arn    = var.portal_certificate_arn
      target_group_index = 0
    },
  ]
}

# Internal (v8 from git): the HTTP listener redirects, the HTTPS one uses a
# TLS 1.2 policy given module-wide, but the access logs are switched off.
module "records_internal_alb" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-alb.git?ref=v8.7.0"

  name     = "records-internal"
  internal = true
  vpc_id   = "vpc-0a1b2c3d"
  subnets  = ["subnet-2a2b3c4d", "subnet-3a2b3c4d"]

  access_logs = {
    bucket  = "clinic-lb-access-logs"
    enabled = false
  }

  listener_ssl_policy_default = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  http_tcp_listeners = [
    {
      port        = 80
      protocol    = "HTTP"
      action_type = "redirect"
      redirect = {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    },
  ]

  https_listeners = [
    {
      port               = 443
      certificate_arn    = var.portal_certificate_arn
      target_group_index = 0
    },
  ]
}

# Network load balancer for the HL7 feed: no access_logs check (they are an
# application load balancer feature), and its TLS listener gets the module's
# TLS 1.2+ default policy.
module "hl7_nlb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"

  name               = "hl7-feed"
  load_balancer_type = "network"
  vpc_id             = "vpc-0a1b2c3d"
  subnets            = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]

  listeners = {
    tls = {
      port            = 2575
      protocol        = "TLS"
      certificate_arn = var.portal_certificate_arn
      forward = {
        target_group_key = "hl7"
      }
    }
  }
}

# What the pipeline decides is not reported: the access logs and the ssl
# policy come from variables. The call pins no version (reported); its
# `listeners` map says it is written for version 9 or later.
module "scheduling_alb" {
  source = "terraform-aws-modules/alb/aws"

  name    = "scheduling"
  vpc_id  = "vpc-0a1b2c3d"
  subnets = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]

  access_logs = var.scheduling_access_logs

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      redirect = {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_302"
      }
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = var.portal_certificate_arn
      ssl_policy      = var.api_ssl_policy
      forward = {
        target_group_key = "scheduling"
      }
    }
  }
}

# Not created in this environment: nothing to report.
module "legacy_billing_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"

  create = false
  name   = "legacy-billing"

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      forward = {
        target_group_key = "billing"
      }
    }
  }
}

# Created only where the pipeline says so: undecided, not reported.
module "reporting_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "8.7.0"

  create_lb = var.create_reporting_lb
  name      = "reporting"

  http_tcp_listeners = [
    {
      port     = 80
      protocol = "HTTP"
    },
  ]
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
