# Encryption keys and log groups of a clinic's patient-records platform,
# created through terraform-aws-modules/kms and the log-group submodule of
# terraform-aws-modules/cloudwatch.

provider "aws" {
  region = "eu-central-1"
}

variable "logs_key_rotation" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "pipeline_log_retention" {
  description = "Set by the pipeline per environment"
  type        = number
}

# Compliant: the module rotates its keys by default, and the key policy names
# the account, the administrators and the application role.
module "records_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"

  description        = "Patient records"
  key_administrators = ["arn:aws:iam::111122223333:role/platform-admin"]
  key_users          = ["arn:aws:iam::111122223333:role/records-api"]
  aliases            = ["clinic/records"]
}

# Violation: rotation switched off on a symmetric key.
module "billing_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "2.2.1"

  description         = "Billing exports"
  enable_key_rotation = false
  key_users           = ["arn:aws:iam::111122223333:role/billing-export"]
}

# Violation: a key statement lets any AWS account decrypt, without a
# condition. The second statement is limited to the partner's account.
module "partner_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.1"

  description = "Lab partner exchange"

  key_statements = [
    {
      sid       = "PartnerDecrypt"
      actions   = ["kms:Decrypt", "kms:DescribeKey"]
      resources = ["*"]
      principals = [
        {
          type        = "AWS"
          identifiers = ["*"]
        }
      ]
    },
    {
      sid       = "PartnerEncrypt"
      actions   = ["kms:Encrypt", "kms:GenerateDataKey*"]
      resources = ["*"]
      principals = [
        {
          type        = "AWS"
          identifiers = ["*"]
        }
      ]
      conditions = [
        {
          test     = "StringEquals"
          variable = "kms:CallerAccount"
          values   = ["444455556666"]
        }
      ]
    },
  ]
}

# Compliant: from version 4 the conditions are read from `condition`.
module "lab_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "4.0.0"

  description = "Lab results"

  key_statements = [
    {
      sid       = "LabServices"
      actions   = ["kms:Decrypt"]
      resources = ["*"]
      principals = [
        {
          type        = "AWS"
          identifiers = ["*"]
        }
      ]
      condition = [
        {
          test     = "StringEquals"
          variable = "kms:ViaService"
          values   = ["s3.eu-central-1.amazonaws.com"]
        }
      ]
    },
  ]
}

# Asymmetric signing key: AWS cannot rotate it, so rotation off is not reported.
module "signing_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"

  description              = "Prescription signatures"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
  enable_key_rotation      = false
}

# Rotation set by the pipeline: unknown, not reported.
module "logs_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"

  description         = "Log groups"
  enable_key_rotation = var.logs_key_rotation

  key_statements = [
    {
      sid       = "CloudWatchLogs"
      actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
      resources = ["*"]
      principals = [
        {
          type        = "Service"
          identifiers = ["logs.eu-central-1.amazonaws.com"]
        }
      ]
    },
  ]
}

# Not created in this environment: nothing to report.
module "archive_key" {
  source  = "terraform-aws-modules/kms/aws"
  version = "3.1.0"

  create              = false
  enable_key_rotation = false
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }]
  })
}

# Compliant: the audit trail's log group keeps events for 400 days, encrypted
# with the logs key.
module "audit_log_group" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"

  name              = "/clinic/audit"
  retention_in_days = 400
  kms_key_id        = module.logs_key.key_arn
}

# Violations: application logs kept 30 days, without a customer managed key.
module "app_log_group" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"

  name              = "/clinic/records-api"
  retention_in_days = 30
}

# Violation: no retention (the module's default keeps events forever); the
# key is set.
module "debug_log_group" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"

  name       = "/clinic/debug"
  kms_key_id = module.logs_key.key_arn
}

# Retention set by the pipeline: unknown, not reported.
module "pipeline_log_group" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"

  name              = "/clinic/pipeline"
  retention_in_days = var.pipeline_log_retention
  kms_key_id        = module.logs_key.key_arn
}

# Not created in this environment: nothing to report.
module "legacy_log_group" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/log-group"
  version = "~> 5.0"

  create = false
  name   = "/clinic/legacy"
}

# Another submodule of the same module: no log group is created.
module "api_errors_alarm" {
  source  = "terraform-aws-modules/cloudwatch/aws//modules/metric-alarm"
  version = "~> 5.0"

  alarm_name          = "records-api-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 10
  period              = 60
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = module.records_key.key_arn
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
