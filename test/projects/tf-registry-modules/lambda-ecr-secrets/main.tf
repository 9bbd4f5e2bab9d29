# Functions, container image repositories and secrets of a clinic's
# appointment platform, created through terraform-aws-modules/lambda,
# terraform-aws-modules/ecr and terraform-aws-modules/secrets-manager.

provider "aws" {
  region = "eu-central-1"
}

variable "reminder_invoker" {
  description = "Set by the pipeline per environment"
  type        = string
}

variable "reminder_log_retention" {
  description = "Set by the pipeline per environment"
  type        = number
}

variable "scanner_image_mutability" {
  description = "Set by the pipeline per environment"
  type        = string
}

variable "integration_key_arn" {
  description = "Set by the pipeline per environment"
  type        = string
}

# Compliant: API Gateway may invoke the function only from the clinic's API,
# and the log group keeps a year of logs under the clinic's key.
module "appointments_api" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.20.1"

  function_name = "appointments-api"
  handler       = "app.handler"
  runtime       = "python3.12"

  cloudwatch_logs_retention_in_days = 400
  cloudwatch_logs_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"

  allowed_triggers = {
    APIGateway = {
      service    = "apigateway"
      source_arn = "arn:aws:execute-api:eu-central-1:111122223333:a1b2c3/*/*/*"
    }
  }
}

# Violation: any AWS account may invoke the intake webhook (principal "*",
# nothing narrowing it), and its logs are kept two weeks only.
module "intake_webhook" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 7.2"

  function_name = "intake-webhook"
  handler       = "webhook.handler"
  runtime       = "nodejs20.x"

  cloudwatch_logs_retention_in_days = 14
  cloudwatch_logs_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"

  allowed_triggers = {
    AnyAccount = {
      principal = "*"
    }
    Uploads = {
      service    = "s3"
      source_arn = "arn:aws:s3:::clinic-intake-uploads"
    }
  }
}

# Violation: the log group the module creates by default keeps events forever
# and has no KMS key. The partner trigger is limited to the clinic's
# organisation and is not reported.
module "lab_reports" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "6.5.0"

  function_name = "lab-reports"
  handler       = "reports.handler"
  runtime       = "python3.12"

  allowed_triggers = {
    Organisation = {
      principal        = "*"
      principal_org_id = "o-a1b2c3d4e5"
    }
  }
}

# Set by the pipeline: who may invoke the function and how long its logs are
# kept are not known here, and not reported.
module "reminders" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.20.1"

  function_name = "reminders"
  handler       = "reminders.handler"
  runtime       = "python3.12"

  cloudwatch_logs_retention_in_days = var.reminder_log_retention
  cloudwatch_logs_kms_key_id        = var.integration_key_arn

  allowed_triggers = {
    Scheduler = {
      principal = var.reminder_invoker
    }
  }
}

# Not created: nothing is reported on a switched-off function.
module "legacy_export" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.20.1"
  create  = false

  function_name = "legacy-export"
  allowed_triggers = {
    Anyone = {
      principal = "*"
    }
  }
}

# Compliant: the module's defaults make image tags immutable and scan images
# on push.
module "intake_images" {
  source  = "terraform-aws-modules/ecr/aws"
  version = "2.3.0"

  repository_name = "clinic/intake-webhook"
}

# Violation: tags can be overwritten and images are not scanned on push.
module "legacy_images" {
  source  = "terraform-aws-modules/ecr/aws"
  version = "1.6.0"

  repository_name                 = "clinic/legacy"
  repository_image_tag_mutability = "MUTABLE"
  repository_image_scan_on_push   = false
}

# Set by the pipeline: not reported.
module "scanner_images" {
  source  = "terraform-aws-modules/ecr/aws"
  version = "2.3.0"

  repository_name                 = "clinic/scanner"
  repository_image_tag_mutability = var.scanner_image_mutability
}

# Not created.
module "retired_images" {
  source  = "terraform-aws-modules/ecr/aws"
  version = "2.3.0"

  create_repository               = false
  repository_name                 = "clinic/retired"
  repository_image_tag_mutability = "MUTABLE"
}

# Compliant: the database credentials are encrypted with the clinic's key.
module "db_credentials" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"

  name       = "clinic/db-credentials"
  kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/secrets"
}

# Violation: no kms_key_id, the secret uses the AWS managed key.
module "billing_api_token" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"

  name = "clinic/billing-api-token"
}

# Violation: names the AWS managed key itself.
module "lab_partner_credentials" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"

  name       = "clinic/lab-partner"
  kms_key_id = "alias/aws/secretsmanager"
}

# Set by the pipeline: not reported.
module "integration_credentials" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"

  name       = "clinic/integration"
  kms_key_id = var.integration_key_arn
}

# Not created.
module "retired_secret" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"
  create  = false

  name = "clinic/retired"
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:eu-central-1:111122223333:key/audit"
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

# The alias submodule creates the alias and its permissions, not a function or
# a log group: nothing is reported on the intake webhook's alias.
module "intake_webhook_alias" {
  source        = "terraform-aws-modules/lambda/aws//modules/alias"
  version       = "7.20.1"
  name          = "live"
  function_name = "clinic-intake-webhook"
}

# Violation: create_lambda_function_url gives the lab results export a
# function URL, and the module's default authorization_type "NONE" lets anyone
# on the internet invoke it without authentication (the AWS provider adds the
# public resource-policy statement itself). Its log group is compliant.
module "lab_results_export" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.20.1"

  function_name = "lab-results-export"
  handler       = "export.handler"
  runtime       = "python3.12"

  cloudwatch_logs_retention_in_days = 400
  cloudwatch_logs_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"

  create_lambda_function_url = true
}

# Compliant: the clinicians' report URL requires SigV4-signed requests.
module "clinician_reports" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 8.0"

  function_name = "clinician-reports"
  handler       = "reports.handler"
  runtime       = "python3.12"

  cloudwatch_logs_retention_in_days = 400
  cloudwatch_logs_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"

  create_lambda_function_url = true
  authorization_type         = "AWS_IAM"
  cors = {
    allow_origins = ["https://clinicians.clinic.example"]
    allow_methods = ["GET"]
  }
}
