# Messaging of a clinic's patient portal: queues and topics created through
# terraform-aws-modules/sqs and terraform-aws-modules/sns.

provider "aws" {
  region = "eu-central-1"
}

variable "reminder_queue_sse" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "alerts_key_arn" {
  description = "Set by the pipeline: the key of the shared alerting account"
  type        = string
}

# Compliant: a customer-managed key (the dead-letter queue inherits it) and a
# queue policy that lets only the appointments topic send.
module "appointment_queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "4.2.1"

  name              = "clinic-appointments"
  kms_master_key_id = aws_kms_key.messaging.arn

  create_dlq = true

  create_queue_policy = true
  queue_policy_statements = {
    appointments_topic = {
      sid     = "AppointmentsTopic"
      actions = ["sqs:SendMessage"]
      principals = [{
        type        = "Service"
        identifiers = ["sns.amazonaws.com"]
      }]
      conditions = [{
        test     = "ArnEquals"
        variable = "aws:SourceArn"
        values   = [module.appointment_events.topic_arn]
      }]
    }
  }
}

# Violations: module versions 3.4 to 3.x create the queue with
# sqs_managed_sse_enabled = false (no encryption), and the caller's policy
# lets anyone send lab results into it.
module "lab_results_queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 3.5"

  name = "clinic-lab-results"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneCanSend"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-central-1:111122223333:clinic-lab-results"
    }]
  })
}

# Violations: encryption turned off on the queue and on its dead-letter
# queue, and a queue policy statement for every principal.
module "billing_queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 4.0"

  name                    = "clinic-billing"
  sqs_managed_sse_enabled = false

  create_dlq                  = true
  dlq_sqs_managed_sse_enabled = false

  create_queue_policy = true
  queue_policy_statements = {
    everyone = {
      actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      principals = [{
        type        = "*"
        identifiers = ["*"]
      }]
    }
  }
}

# Encryption decided by the pipeline: unknown, not reported.
module "reminder_queue" {
  source  = "git::https://github.com/terraform-aws-modules/terraform-aws-sqs.git?ref=v4.2.1"

  name                    = "clinic-reminders"
  sqs_managed_sse_enabled = var.reminder_queue_sse
}

# No version pinned and nothing that tells the generation: the encryption
# default (false in 3.4 to 3.x, true from 4) is not known, so only the missing
# pin is reported.
module "audit_queue" {
  source = "terraform-aws-modules/sqs/aws"

  name = "clinic-audit-events"
}

# Not created in this environment: nothing to report.
module "legacy_fax_queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "4.2.1"

  create                  = false
  name                    = "clinic-fax"
  sqs_managed_sse_enabled = false
}

# Compliant: encrypted with the messaging key; the module's default topic
# policy only lets principals of the owning account in.
module "appointment_events" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"

  name              = "clinic-appointment-events"
  kms_master_key_id = aws_kms_key.messaging.id
}

# Violations: no KMS key, and a topic policy statement that lets anyone
# subscribe to lab alerts.
module "lab_alerts" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 6.0"

  name = "clinic-lab-alerts"

  topic_policy_statements = {
    subscribe = {
      actions = ["sns:Subscribe", "sns:Receive"]
      principals = [{
        type        = "AWS"
        identifiers = ["*"]
      }]
    }
    publish_from_lab = {
      actions = ["sns:Publish"]
      principals = [{
        type        = "AWS"
        identifiers = ["arn:aws:iam::111122223333:role/lab-integration"]
      }]
    }
  }
}

# Violation: a version 4 call whose policy argument lets anyone publish
# (encrypted with a key the pipeline passes).
module "billing_notifications" {
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 4.1"

  name              = "clinic-billing-notifications"
  kms_master_key_id = var.alerts_key_arn

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sns:Publish"
      Resource  = "*"
    }]
  })
}

# Not created in this environment: nothing to report.
module "legacy_pager" {
  source  = "terraform-aws-modules/sns/aws"
  version = "6.1.2"

  create = false
  name   = "clinic-pager"
}

resource "aws_kms_key" "messaging" {
  description         = "Clinic messaging"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.messaging.arn
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
