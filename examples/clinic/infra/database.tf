resource "aws_db_subnet_group" "private" {
  name       = "${local.name_prefix}-private"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

# Primary store of patient records.
resource "aws_db_instance" "records" {
  identifier                = "${local.name_prefix}-records"
  engine                    = "postgres"
  engine_version            = "16.3"
  instance_class            = "db.m6g.large"
  allocated_storage         = 100
  username                  = "clinic_admin"
  password                  = var.db_password
  db_subnet_group_name      = aws_db_subnet_group.private.name
  storage_encrypted         = var.records_db_encrypted
  kms_key_id                = aws_kms_key.phi.arn
  backup_retention_period         = 35
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
  parameter_group_name            = aws_db_parameter_group.records.name
  multi_az                  = true
  publicly_accessible       = false
  skip_final_snapshot       = false
  final_snapshot_identifier = "${local.name_prefix}-records-final"
}

# Read replica of the records database for the analytics team.
resource "aws_db_instance" "records_replica" {
  identifier          = "${local.name_prefix}-records-replica"
  replicate_source_db             = aws_db_instance.records.identifier
  instance_class                  = "db.m6g.large"
  publicly_accessible             = false
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

# Research warehouse: a de-identified copy was planned, but it holds full
# records today. Created by hand for a pilot and never hardened.
resource "aws_db_instance" "research" {
  identifier          = "${local.name_prefix}-research"
  engine              = "mysql"
  engine_version      = "8.0"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "research"
  password            = var.db_password
  publicly_accessible = true
  skip_final_snapshot = true
}

# Who connects to the records database, from where and for how long, is logged
# (both settings are off in the default parameter group).
resource "aws_db_parameter_group" "records" {
  name   = "${local.name_prefix}-records"
  family = "postgres16"

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }
}
