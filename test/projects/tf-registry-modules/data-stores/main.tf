# Data stores of a clinic's patient portal: the session cache, the record
# search and the reporting warehouse, created through
# terraform-aws-modules/elasticache, terraform-aws-modules/opensearch and
# terraform-aws-modules/redshift.

provider "aws" {
  region = "eu-central-1"
}

variable "cache_transit_encryption" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "search_encryption" {
  description = "Set by the pipeline: encryption settings of the search domain"
  type        = any
}

variable "warehouse_encrypted" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "warehouse_logging" {
  description = "Audit log destination, set by the pipeline per environment"
  type        = any
}

resource "aws_kms_key" "data" {
  description         = "Clinic data stores"
  enable_key_rotation = true
}

data "aws_secretsmanager_secret_version" "cache_token" {
  secret_id = "clinic/sessions/auth-token"
}

# ------------------------------------------------------------------ caches

# Compliant: encrypted at rest with the clinic's key and in transit (the
# module's defaults), an auth token from Secrets Manager, a slow-log group
# kept a year with the key, and access from the VPC only.
module "session_cache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "1.7.0"

  replication_group_id = "clinic-sessions"
  engine_version       = "7.1"
  node_type            = "cache.t4g.small"

  kms_key_arn = aws_kms_key.data.arn
  auth_token  = data.aws_secretsmanager_secret_version.cache_token.secret_string

  log_delivery_configuration = {
    slow-log = {
      destination_type                       = "cloudwatch-logs"
      log_format                             = "json"
      cloudwatch_log_group_retention_in_days = 365
      cloudwatch_log_group_kms_key_id        = aws_kms_key.data.arn
    }
  }

  vpc_id = "vpc-0a1b2c3d"
  security_group_rules = {
    ingress_vpc = {
      description = "Portal subnets"
      cidr_ipv4   = "10.20.0.0/16"
    }
  }
  subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# Violations: both encryptions turned off on the reports cache (no log
# delivery, no ingress rule, no authentication).
module "reports_cache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "~> 1.4"

  replication_group_id = "clinic-reports"
  node_type            = "cache.t4g.small"

  at_rest_encryption_enabled = false
  transit_encryption_enabled = false

  log_delivery_configuration = {}
  vpc_id                     = "vpc-0a1b2c3d"
}

# Violations: the queue cache (Valkey, encrypted by the module's defaults)
# has its auth token written in the code, its ingress rule (version 2's
# security_group_ingress_rules) opens Redis to the internet, and the module's
# default slow-log group keeps 14 days of logs without a customer-managed key.
module "queue_cache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "2.0.0"

  replication_group_id = "clinic-queue"
  engine               = "valkey"
  engine_version       = "7.2"
  node_type            = "cache.t4g.small"

  auth_token = "Clinic-Queue-Token-2024!"
  vpc_id     = "vpc-0a1b2c3d"
  security_group_ingress_rules = {
    anywhere = {
      cidr_ipv4 = "0.0.0.0/0"
      from_port = 6379
    }
  }
}

# Unknown: transit encryption comes from the pipeline (not reported); no auth token.
module "staging_cache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "1.7.0"

  replication_group_id       = "clinic-staging"
  transit_encryption_enabled = var.cache_transit_encryption
  log_delivery_configuration = {}
  create_security_group      = false
}

# Nothing is created: the call is switched off.
module "legacy_cache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "1.7.0"

  create                     = false
  replication_group_id       = "clinic-legacy"
  at_rest_encryption_enabled = false
  auth_token                 = "Legacy-Token-123456"
}

# ------------------------------------------------------------------ search

# Compliant: the module encrypts at rest (here with the clinic's key),
# between nodes and over HTTPS by default; audit logs are published, and its
# log groups are kept a year with the key.
module "record_search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "2.2.0"

  domain_name    = "clinic-records"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest = {
    enabled    = true
    kms_key_id = aws_kms_key.data.arn
  }

  advanced_security_options = {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options = {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }

  log_publishing_options = [
    { log_type = "AUDIT_LOGS" },
    { log_type = "ES_APPLICATION_LOGS" },
  ]
  cloudwatch_log_group_retention_in_days = 365
  cloudwatch_log_group_kms_key_id        = aws_kms_key.data.arn

  vpc_options = {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
  security_group_rules = {
    ingress_portal = {
      description = "HTTPS from the portal subnets"
      cidr_ipv4   = "10.20.0.0/16"
    }
  }
}

# Violations: encryption at rest and between nodes off, HTTPS not enforced
# and TLS 1.0 accepted; no audit log (the module's default slow logs only),
# written to log groups kept 60 days without a customer-managed key.
module "analytics_search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "~> 1.1"

  domain_name = "clinic-analytics"

  encrypt_at_rest = {
    enabled = false
  }
  node_to_node_encryption = {
    enabled = false
  }
  domain_endpoint_options = {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

# Unknown: the encryption settings come from the pipeline; the audit log is
# published to a group the call names (no group of the module is created).
module "staging_search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "2.2.0"

  domain_name             = "clinic-staging"
  encrypt_at_rest         = var.search_encryption
  node_to_node_encryption = var.search_encryption

  create_cloudwatch_log_groups = false
  log_publishing_options = [
    {
      log_type                 = "AUDIT_LOGS"
      cloudwatch_log_group_arn = "arn:aws:logs:eu-central-1:111122223333:log-group:/clinic/staging-search-audit"
    },
  ]
}

# Nothing is created: the call is switched off.
module "archive_search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "2.2.0"

  create          = false
  domain_name     = "clinic-archive"
  encrypt_at_rest = { enabled = false }
}

# --------------------------------------------------------------- warehouse

# Compliant: encrypted (the module's default from version 4) with the
# clinic's key, the password managed by Redshift, a parameter group that
# requires SSL, and audit logs in CloudWatch.
module "reporting_warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "6.1.0"

  cluster_identifier = "clinic-reporting"
  node_type          = "ra3.xlplus"
  number_of_nodes    = 2
  database_name      = "reporting"
  master_username    = "reporting_admin"
  kms_key_arn        = aws_kms_key.data.arn

  manage_master_password = true

  logging = {
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }

  parameter_group_parameters = {
    require_ssl = {
      name  = "require_ssl"
      value = true
    }
    enable_user_activity_logging = {
      name  = "enable_user_activity_logging"
      value = true
    }
  }
}

# Violations: a version 3 call, whose module leaves the warehouse unencrypted,
# its parameter group without SSL and its audit logging off by default, with
# the master password written in the code.
module "finance_warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "3.4.1"

  cluster_identifier      = "clinic-finance"
  cluster_node_type       = "dc2.large"
  cluster_number_of_nodes = 1
  cluster_database_name   = "finance"
  cluster_master_username = "finance_admin"
  cluster_master_password = "Finance-Warehouse-2021"
  vpc_security_group_ids  = ["sg-0a1b2c3d"]
}

# Violations: encryption turned off, the password written in the code (no
# random password: create_random_password = false), a parameter group that
# sets require_ssl to false, and no audit logging.
module "research_warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "~> 5.0"

  cluster_identifier     = "clinic-research"
  node_type              = "ra3.xlplus"
  database_name          = "research"
  encrypted              = false
  create_random_password = false
  master_password        = "Research-Warehouse-2023"

  parameter_group_parameters = {
    require_ssl = {
      name  = "require_ssl"
      value = "false"
    }
  }
}

# Unknown: encryption and audit logging come from the pipeline; the module
# generates the password, and the cluster uses an existing parameter group
# that requires SSL.
module "staging_warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "6.1.0"

  cluster_identifier     = "clinic-staging"
  node_type              = "ra3.xlplus"
  encrypted              = var.warehouse_encrypted
  logging                = var.warehouse_logging
  create_parameter_group = false
  parameter_group_name   = "clinic-require-ssl"
}

# Nothing is created: the call is switched off.
module "old_warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "6.1.0"

  create                 = false
  cluster_identifier     = "clinic-old"
  encrypted              = false
  create_random_password = false
  master_password        = "Old-Warehouse-2020"
}

# ------------------------------------------------------------------- audit

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.data.arn
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
