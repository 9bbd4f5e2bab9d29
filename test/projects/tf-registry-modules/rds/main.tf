# Databases of a clinic's patient portal, all created through
# terraform-aws-modules/rds (the registry module most AWS code uses for RDS).

provider "aws" {
  region = "eu-central-1"
}

variable "scheduling_deletion_protection" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "scheduling_db_password" {
  description = "Passed by the pipeline from the secrets store (TF_VAR_scheduling_db_password)"
  type        = string
  sensitive   = true
}

# Compliant: encrypted with a customer-managed key (storage_encrypted is the
# module's default from version 4), private, 35 days of backups, deletion
# protection, PostgreSQL logs exported, the password managed by RDS in
# Secrets Manager (the module's default from version 6), TLS forced,
# connections and disconnections logged.
module "patient_records" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.10.0"

  identifier     = "clinic-patient-records"
  engine         = "postgres"
  engine_version = "14.12"
  instance_class = "db.m6g.large"
  family         = "postgres14"

  allocated_storage = 100
  kms_key_id        = aws_kms_key.databases.arn

  db_name  = "records"
  username = "records_admin"
  port     = 5432

  multi_az                            = true
  iam_database_authentication_enabled = true
  vpc_security_group_ids              = [aws_security_group.databases.id]
  db_subnet_group_name                = "clinic-private"

  backup_retention_period         = 35
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]

  parameters = [
    {
      name  = "rds.force_ssl"
      value = "1"
    },
    {
      name  = "log_connections"
      value = "1"
    },
    {
      name  = "log_disconnections"
      value = "1"
    },
  ]
}

# Violations: a billing database still on version 3 of the module, whose
# defaults leave storage unencrypted and pass the password written here; it
# is publicly accessible, keeps one day of backups, has no deletion
# protection, exports no logs, and its MySQL parameter group does not
# require TLS.
module "legacy_billing" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 3.5"

  identifier     = "clinic-billing"
  engine         = "mysql"
  engine_version = "5.7.44"
  instance_class = "db.t3.medium"
  family         = "mysql5.7"

  allocated_storage = 50

  db_name  = "billing"
  username = "billing"
  password = "Billing-2019!"
  port     = 3306

  publicly_accessible     = true
  backup_retention_period = 1

  parameters = [
    {
      name  = "character_set_server"
      value = "utf8mb4"
    },
  ]
}

# A call that pins no version, with values the pipeline sets: storage
# encryption (whose default changed in version 4) and deletion protection are
# unknown, and so is the password (a variable without a committed value), so
# none of them is reported. The module creates CloudWatch log groups for the
# exported logs, kept 7 days (its default) without a customer-managed key, and
# a postgres16 parameter group with no parameters, so the exported log has no
# connections in it.
module "scheduling" {
  source = "terraform-aws-modules/rds/aws"

  identifier     = "clinic-scheduling"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.t4g.medium"
  family         = "postgres16"

  manage_master_user_password = false
  username                    = "scheduler"
  password                    = var.scheduling_db_password

  backup_retention_period         = 14
  deletion_protection             = var.scheduling_deletion_protection
  enabled_cloudwatch_logs_exports = ["postgresql"]
  create_cloudwatch_log_group     = true
}

# Compliant, on version 5: the module generates a random password, encrypts
# storage by default, and keeps the exported logs a year under the KMS key;
# the MySQL 8.0 parameter group requires TLS.
module "pharmacy" {
  source  = "git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v5.9.0"

  identifier     = "clinic-pharmacy"
  engine         = "mysql"
  engine_version = "8.0.36"
  instance_class = "db.t3.large"
  family         = "mysql8.0"
  major_engine_version = "8.0"

  allocated_storage = 40
  kms_key_id        = aws_kms_key.databases.arn
  username          = "pharmacy"

  backup_retention_period                = 30
  deletion_protection                    = true
  enabled_cloudwatch_logs_exports        = ["audit", "error", "slowquery"]
  create_cloudwatch_log_group            = true
  cloudwatch_log_group_retention_in_days = 365
  cloudwatch_log_group_kms_key_id        = aws_kms_key.databases.arn

  parameters = [
    {
      name  = "require_secure_transport"
      value = "ON"
    },
  ]
}

# Not created in this environment: nothing to report.
module "research_export" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.10.0"

  create_db_instance = false

  identifier                  = "clinic-research-export"
  engine                      = "postgres"
  family                      = "postgres13"
  storage_encrypted           = false
  publicly_accessible         = true
  manage_master_user_password = false
  password                    = "Research-Export-1"
}

resource "aws_kms_key" "databases" {
  description         = "Clinic databases"
  enable_key_rotation = true
}

resource "aws_security_group" "databases" {
  name        = "clinic-databases"
  description = "Database access from the application tier"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"

  ingress {
    description = "PostgreSQL from the application subnets"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
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
