# Aurora clusters of a clinic's electronic health record platform, all
# created through terraform-aws-modules/rds-aurora.

provider "aws" {
  region = "eu-central-1"
}

variable "imaging_deletion_protection" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "imaging_kms_key_arn" {
  description = "Set by the pipeline from the platform's key stack"
  type        = string
}

# Compliant: encrypted under a customer-managed key (storage_encrypted is the
# module's default), 35 days of backups, deletion protection, PostgreSQL logs
# exported, the password managed by RDS (the default from version 8), TLS
# forced and connections logged in the cluster parameter group, private
# instances, database port open to the application subnets only.
module "ehr" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "9.9.1"

  name           = "clinic-ehr"
  engine         = "aurora-postgresql"
  engine_version = "14.11"
  instance_class = "db.r6g.large"
  instances = {
    writer = {}
    reader = {
      promotion_tier = 1
    }
  }

  kms_key_id                      = aws_kms_key.databases.arn
  backup_retention_period         = 35
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "ehr_admin"

  vpc_id               = "vpc-0a1b2c3d4e5f60718"
  db_subnet_group_name = "clinic-private"
  security_group_rules = {
    application = {
      cidr_blocks = ["10.20.0.0/16"]
    }
  }

  create_db_cluster_parameter_group     = true
  db_cluster_parameter_group_family     = "aurora-postgresql14"
  db_cluster_parameter_group_parameters = [
    {
      name         = "rds.force_ssl"
      value        = 1
      apply_method = "pending-reboot"
    },
    {
      name  = "log_connections"
      value = 1
    },
    {
      name  = "log_disconnections"
      value = 1
    },
  ]
}

# Violations: storage encryption turned off, the password written here
# (random password generation turned off on version 7), three days of
# backups, no deletion protection, no log exports, a public instance, a
# cluster parameter group that turns TLS off, and MySQL open to the internet.
module "telehealth" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "~> 7.7"

  name           = "clinic-telehealth"
  engine         = "aurora-mysql"
  engine_version = "8.0.mysql_aurora.3.05.2"
  instance_class = "db.r6g.large"
  instances = {
    primary = {
      publicly_accessible = true
    }
    replica = {}
  }

  storage_encrypted       = false
  backup_retention_period = 3

  master_username        = "telehealth"
  create_random_password = false
  master_password        = "Telehealth#2022"

  vpc_id = "vpc-0a1b2c3d4e5f60718"
  security_group_rules = {
    anywhere = {
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  create_db_cluster_parameter_group = true
  db_cluster_parameter_group_family = "aurora-mysql8.0"
  db_cluster_parameter_group_parameters = [
    {
      name  = "require_secure_transport"
      value = "OFF"
    },
  ]
}

# A call that pins no version, with values the pipeline sets: deletion
# protection and the KMS key are unknown (not reported). It uses the
# arguments of version 10 (cluster_parameter_group, security group ingress
# rules), read as that version writes them; its cluster parameter group sets
# no parameters, so connections are not logged.
module "imaging" {
  source = "terraform-aws-modules/rds-aurora/aws"

  name           = "clinic-imaging"
  engine         = "aurora-postgresql"
  engine_version = "16.4"
  instances = {
    one = {
      instance_class = "db.r6g.xlarge"
    }
  }

  kms_key_id                      = var.imaging_kms_key_arn
  backup_retention_period         = 14
  deletion_protection             = var.imaging_deletion_protection
  enabled_cloudwatch_logs_exports = ["postgresql"]

  vpc_id = "vpc-0a1b2c3d4e5f60718"
  security_group_ingress_rules = {
    vpn = {
      cidr_ipv4 = "10.8.0.0/16"
    }
  }

  cluster_parameter_group = {
    family = "aurora-postgresql16"
  }
}

# Violations on version 5: two instances made public by the call's
# publicly_accessible, PostgreSQL open to the internet through
# allowed_cidr_blocks, and no deletion protection (false by default up to
# version 5).
module "legacy_reporting" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-rds-aurora.git?ref=v5.2.0"

  name           = "clinic-reporting"
  engine         = "aurora-postgresql"
  engine_version = "11.9"
  instance_type  = "db.r5.large"
  replica_count  = 2

  publicly_accessible             = true
  backup_retention_period         = 7
  enabled_cloudwatch_logs_exports = ["postgresql"]
  username                        = "reporting"

  vpc_id              = "vpc-0a1b2c3d4e5f60718"
  subnets             = ["subnet-0a1b2c3d", "subnet-4e5f6071"]
  allowed_cidr_blocks = ["0.0.0.0/0"]
}

# Not created in this environment: nothing to report.
module "staging_copy" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "9.9.1"

  create = false

  name                        = "clinic-staging-copy"
  engine                      = "aurora-mysql"
  storage_encrypted           = false
  publicly_accessible         = true
  manage_master_user_password = false
  master_password             = "Staging-Copy-1"
}

resource "aws_kms_key" "databases" {
  description         = "Clinic databases"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.databases.arn
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
