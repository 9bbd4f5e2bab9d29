# Network and tables of a clinic's scheduling service, created through
# terraform-aws-modules/vpc and terraform-aws-modules/dynamodb-table.

provider "aws" {
  region = "eu-central-1"
}

variable "analytics_flow_logs" {
  description = "Set by the pipeline: flow logs are on in production only"
  type        = bool
}

variable "sessions_pitr" {
  description = "Set by the pipeline per environment"
  type        = bool
}

# Compliant: flow logs to a log group the module creates, kept 400 days and
# encrypted with the clinic's key.
module "clinic_vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "clinic"
  cidr = "10.10.0.0/16"

  azs             = ["eu-central-1a", "eu-central-1b"]
  private_subnets = ["10.10.1.0/24", "10.10.2.0/24"]
  public_subnets  = ["10.10.101.0/24", "10.10.102.0/24"]

  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_cloudwatch_log_group_retention_in_days = 400
  flow_log_cloudwatch_log_group_kms_key_id        = aws_kms_key.clinic.arn
}

# Violation: the lab network has no flow log (enable_flow_log defaults to false).
module "lab_vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  name = "lab"
  cidr = "10.20.0.0/16"

  azs             = ["eu-central-1a", "eu-central-1b"]
  private_subnets = ["10.20.1.0/24", "10.20.2.0/24"]
}

# Flow logs decided by the pipeline: the flow log is assumed (it protects),
# delivered to an S3 bucket.
module "analytics_vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "analytics"
  cidr = "10.30.0.0/16"

  enable_flow_log           = var.analytics_flow_logs
  flow_log_destination_type = "s3"
  flow_log_destination_arn  = "arn:aws:s3:::clinic-flow-logs"
}

# Not created in this environment: nothing to report.
module "legacy_vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  create_vpc = false
  name       = "legacy"
  cidr       = "10.40.0.0/16"
}

# Compliant (module version 4): point-in-time recovery and a customer-managed key.
module "patients_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "4.2.0"

  name     = "clinic-patients"
  hash_key = "patient_id"
  attributes = [
    { name = "patient_id", type = "S" },
  ]

  point_in_time_recovery_enabled     = true
  server_side_encryption_enabled     = true
  server_side_encryption_kms_key_arn = aws_kms_key.clinic.arn
}

# Violations: module versions up to 5 write point_in_time_recovery and
# server_side_encryption blocks with enabled = false when not told otherwise.
module "appointments_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 4.0"

  name      = "clinic-appointments"
  hash_key  = "patient_id"
  range_key = "starts_at"
  attributes = [
    { name = "patient_id", type = "S" },
    { name = "starts_at", type = "S" },
  ]
}

# Compliant (module version 6): point-in-time recovery and a customer-managed key.
module "audit_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 6.0"

  name     = "clinic-audit"
  hash_key = "event_id"
  attributes = [
    { name = "event_id", type = "S" },
  ]

  point_in_time_recovery = {
    enabled = true
  }
  server_side_encryption = {
    kms_key_arn = aws_kms_key.clinic.arn
  }
}

# Violations: point-in-time recovery turned off, and encryption turned off
# (from version 6 the module defaults to the AWS managed key).
module "waitlist_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "6.0.0"

  name     = "clinic-waitlist"
  hash_key = "patient_id"
  attributes = [
    { name = "patient_id", type = "S" },
  ]

  point_in_time_recovery = {
    enabled = false
  }
  server_side_encryption = {
    enabled = false
  }
}

# Point-in-time recovery decided by the pipeline: unknown, not reported; the
# AWS owned key (the version 4 default) is reported.
module "sessions_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "4.2.0"

  name     = "clinic-sessions"
  hash_key = "session_id"
  attributes = [
    { name = "session_id", type = "S" },
  ]

  point_in_time_recovery_enabled = var.sessions_pitr
}

# Not created in this environment: nothing to report.
module "legacy_table" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "4.2.0"

  create_table = false
  name         = "clinic-legacy"
  hash_key     = "id"
}

resource "aws_kms_key" "clinic" {
  description         = "Clinic scheduling"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.clinic.arn
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
