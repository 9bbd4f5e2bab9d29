# The claims data lake's Glue settings and the region's threat detection. The
# catalog is encrypted, but connection passwords come back in clear text since
# a BI tool "could not decrypt them".
resource "aws_kms_key" "lake" {
  description         = "Claims data lake"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "lake" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.lake.arn
    }
  }
}

resource "aws_glue_security_configuration" "claims_etl" {
  name = "claims-etl"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.lake.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.lake.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.lake.arn
    }
  }
}

resource "aws_guardduty_detector" "main" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

# The account's EMR block public access keeps SSH as an exception and, since a contractor's
# notebook session, also the JupyterHub port of the claims analytics cluster.
resource "aws_emr_block_public_access_configuration" "this" {
  block_public_security_group_rules = true

  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = 22
  }

  permitted_public_security_group_rule_range {
    min_range = 9443
    max_range = 9443
  }
}

# Notebooks of the analytics team, in the private subnets without direct internet access. The
# outcomes notebook requires IMDSv2; the claims notebook was created from an older snippet.
resource "aws_sagemaker_notebook_instance" "outcomes" {
  name                   = "${local.name}-outcomes"
  role_arn               = "arn:aws:iam::123456789012:role/clinic-prod-sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.lake.arn
  direct_internet_access = "Disabled"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "claims" {
  name                   = "${local.name}-claims"
  role_arn               = "arn:aws:iam::123456789012:role/clinic-prod-sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.lake.arn
  direct_internet_access = "Disabled"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
}

# Glue connections of the lake's ETL jobs: the records replica requires TLS;
# the scheduling database's connection string predates the rule, so the
# crawler reads appointments without TLS.
resource "aws_glue_connection" "records" {
  name = "clinic-prod-records"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://records-replica.clinic.internal:5432/records"
    JDBC_ENFORCE_SSL    = "true"
    SECRET_ID           = "glue/records"
  }
}

resource "aws_glue_connection" "scheduling" {
  name = "clinic-prod-scheduling"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://scheduling.clinic.internal:5432/scheduling"
    SECRET_ID           = "glue/scheduling"
  }
}

# The billing extract's connection was set up by a contractor, who typed the
# database password into the connection properties (the other two connections
# read theirs from Secrets Manager).
resource "aws_glue_connection" "billing" {
  name = "clinic-prod-billing"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://billing.clinic.internal:5432/billing"
    JDBC_ENFORCE_SSL    = "true"
    USERNAME            = "glue_billing"
    PASSWORD            = "Billing-Extract-2024!"
  }
}
