# The event stream, the patient-facing APIs and the configuration of a
# clinic's appointment platform, created through
# terraform-aws-modules/msk-kafka-cluster, terraform-aws-modules/apigateway-v2
# and terraform-aws-modules/ssm-parameter.

provider "aws" {
  region = "eu-central-1"
}

variable "events_client_broker" {
  description = "Set by the pipeline per environment"
  type        = string
}

variable "api_access_logs" {
  description = "Set by the pipeline per environment"
  type        = any
}

variable "config_secure" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "initial_db_password" {
  description = "Passed in by the pipeline"
  type        = string
  sensitive   = true
}

# ---------------------------------------------------------------- event stream

# Compliant: TLS between clients and brokers and between brokers (the
# provider's defaults), and the broker log group the module creates keeps a
# year of logs under a customer managed key.
module "appointment_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                       = "appointment-events"
  kafka_version              = "3.6.0"
  number_of_broker_nodes     = 3
  broker_node_client_subnets = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
  broker_node_instance_type  = "kafka.m5.large"

  encryption_at_rest_kms_key_arn         = "arn:aws:kms:eu-central-1:111122223333:key/events"
  cloudwatch_logs_enabled                = true
  cloudwatch_log_group_retention_in_days = 400
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
}

# Violations: clients may connect without TLS, brokers replicate in clear
# text, and the broker log group the module creates by default keeps its
# events forever (retention 0) without a customer managed key.
module "lab_results_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "3.0.0"

  name                       = "lab-results"
  kafka_version              = "3.6.0"
  number_of_broker_nodes     = 3
  broker_node_client_subnets = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
  broker_node_instance_type  = "kafka.m5.large"

  encryption_in_transit_client_broker = "TLS_PLAINTEXT"
  encryption_in_transit_in_cluster    = false
}

# The pipeline sets the client encryption: not reported.
module "reminder_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                                = "reminders"
  broker_node_client_subnets          = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
  broker_node_instance_type           = "kafka.t3.small"
  encryption_in_transit_client_broker = var.events_client_broker
  create_cloudwatch_log_group         = false
}

# Not created in this environment: nothing is reported.
module "legacy_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  create                              = false
  name                                = "legacy"
  encryption_in_transit_client_broker = "PLAINTEXT"
}

# ------------------------------------------------------------------------ APIs

# Compliant: the stage logs requests to the log group the module creates,
# kept a year under a customer managed key.
module "patient_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"

  name          = "patient-api"
  protocol_type = "HTTP"

  stage_access_log_settings = {
    log_group_retention_in_days = 400
    log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
  }
}

# Violation (version 4): the default stage has no access logs (no destination
# given).
module "portal_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "4.0.0"

  name                   = "portal-api"
  protocol_type          = "HTTP"
  create_api_domain_name = false
}

# Violations (version 5 defaults): the stage logs to a log group the module
# creates with 30 days of retention and no customer managed key.
module "booking_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.2"

  name          = "booking-api"
  protocol_type = "HTTP"
}

# The pipeline sets the access log settings: not reported.
module "telehealth_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"

  name                      = "telehealth-api"
  protocol_type             = "WEBSOCKET"
  stage_access_log_settings = var.api_access_logs
}

# A constraint that admits versions 4 and 5: whether the stage has access
# logs is undecided, so nothing is reported.
module "partner_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = ">= 4.0"

  name          = "partner-api"
  protocol_type = "HTTP"
}

# Not created in this environment: nothing is reported.
module "retired_api" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"

  create = false
  name   = "retired-api"
}

# ----------------------------------------------------------------- configuration

# Violation: a database password stored as a plain String (the module's type
# when neither type, values nor secure_type says otherwise).
module "db_password" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"

  name  = "/clinic/prod/db/password"
  value = var.initial_db_password
}

# Compliant: secure_type makes it a SecureString.
module "sms_api_token" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"

  name        = "/clinic/prod/sms/api_token"
  value       = var.initial_db_password
  secure_type = true
  key_id      = "arn:aws:kms:eu-central-1:111122223333:key/config"
}

# Compliant: not a secret.
module "opening_hours" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 2.0"

  name   = "/clinic/prod/opening_hours"
  values = ["mon-fri 08-18", "sat 09-12"]
}

# The pipeline decides whether it is a SecureString: not reported.
module "lab_portal_secret" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"

  name        = "/clinic/prod/lab_portal/secret"
  value       = var.initial_db_password
  secure_type = var.config_secure
}

# Not created in this environment: nothing is reported.
module "old_smtp_password" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"

  create = false
  name   = "/clinic/prod/smtp/password"
  type   = "String"
  value  = var.initial_db_password
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

# The wrappers create one API per item, here with access logs from the
# defaults: nothing is reported on the call itself.
module "partner_apis" {
  source  = "terraform-aws-modules/apigateway-v2/aws//wrappers"
  version = "4.0.0"

  defaults = {
    default_stage_access_log_destination_arn = "arn:aws:logs:eu-central-1:111122223333:log-group:partner-apis"
    default_stage_access_log_format          = "$context.requestId"
  }
  items = {
    pharmacy = { name = "pharmacy-api" }
  }
}

# ------------------------------------------------------------ public access

# Violation: public_access SERVICE_PROVIDED_EIPS gives the partner feed's
# brokers public addresses; only their security group and client
# authentication stand between the lab events and the internet. Encryption and
# the broker log group are compliant.
module "partner_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                       = "partner-events"
  kafka_version              = "3.6.0"
  number_of_broker_nodes     = 3
  broker_node_client_subnets = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
  broker_node_instance_type  = "kafka.m5.large"
  broker_node_connectivity_info = {
    public_access = {
      type = "SERVICE_PROVIDED_EIPS"
    }
  }
  client_authentication = {
    sasl = { iam = true }
  }

  encryption_at_rest_kms_key_arn         = "arn:aws:kms:eu-central-1:111122223333:key/events"
  cloudwatch_log_group_retention_in_days = 400
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
}

# Compliant: public access written out as DISABLED (version 3, typed
# variables); clients reach the brokers over the VPC only.
module "audit_events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "3.0.0"

  name                       = "audit-events"
  kafka_version              = "3.6.0"
  number_of_broker_nodes     = 3
  broker_node_client_subnets = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
  broker_node_instance_type  = "kafka.m5.large"
  broker_node_connectivity_info = {
    public_access = { type = "DISABLED" }
  }

  encryption_at_rest_kms_key_arn         = "arn:aws:kms:eu-central-1:111122223333:key/events"
  cloudwatch_log_group_retention_in_days = 400
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
}
