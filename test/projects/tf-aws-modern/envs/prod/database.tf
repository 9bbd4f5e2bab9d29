# Compliant: the records database.
resource "aws_db_instance" "records" {
  identifier                      = "${local.name}-records"
  engine                          = "postgres"
  engine_version                  = "16.3"
  instance_class                  = "db.r6g.large"
  allocated_storage               = 100
  username                        = "records"
  password                        = var.db_password
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.phi.arn
  publicly_accessible             = false
  backup_retention_period         = 14
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
  parameter_group_name            = aws_db_parameter_group.records.name
  vpc_security_group_ids          = [aws_security_group.db.id]
}

# Connections and disconnections of the records database are logged (both
# are off in the default group), and so is every statement that changes data.
resource "aws_db_parameter_group" "records" {
  name   = "${local.name}-records"
  family = "postgres16"

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }

  parameter {
    name  = "log_statement"
    value = "mod"
  }
}

# Violations: an analytics copy, unencrypted, public, without backups, with a password in the code.
resource "aws_db_instance" "analytics" {
  identifier              = "${local.name}-analytics"
  engine                  = "mysql"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "analytics"
  password                = "Analytics!2024prod"
  publicly_accessible     = true
  backup_retention_period = 0
  vpc_security_group_ids  = [aws_security_group.analytics.id]
}

resource "aws_security_group" "db" {
  name   = "${local.name}-db"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_vpc" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = "10.20.0.0/16"
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
}

resource "aws_security_group" "analytics" {
  name   = "${local.name}-analytics"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_world" {
  security_group_id = aws_security_group.analytics.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 3306
  to_port           = 3306
  ip_protocol       = "tcp"
}

resource "aws_dynamodb_table" "sessions" {
  name         = "${local.name}-sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.phi.arn
  }
  point_in_time_recovery {
    enabled = true
  }
}
