# Document and graph stores of the care-coordination service.

variable "docdb_password" {
  type      = string
  sensitive = true
}

# Compliant: the patient documents, encrypted with the PHI key, audit logging turned on in their
# parameter group and the audit log exported.
resource "aws_docdb_cluster_parameter_group" "documents" {
  family = "docdb5.0"
  name   = "${local.name}-documents"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "patient_documents" {
  cluster_identifier              = "${local.name}-documents"
  engine                          = "docdb"
  master_username                 = "documents"
  master_password                 = var.docdb_password
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.phi.arn
  backup_retention_period         = 14
  deletion_protection             = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.documents.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

# Violations: the referral graph, created without storage encryption and exporting only slow queries.
resource "aws_neptune_cluster" "referrals" {
  cluster_identifier                  = "${local.name}-referrals"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
  backup_retention_period             = 7
  deletion_protection                 = true
  enable_cloudwatch_logs_exports      = ["slowquery"]
}
