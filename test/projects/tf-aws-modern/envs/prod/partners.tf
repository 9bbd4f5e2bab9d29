# Partner integrations: who may assume which role, the claims webhook, the
# reporting warehouse and the account's password rules.

resource "aws_iam_role" "claims_import" {
  name = "${local.name}-claims-import"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

data "aws_iam_policy_document" "partner_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_iam_role" "partner_upload" {
  name               = "${local.name}-partner-upload"
  assume_role_policy = data.aws_iam_policy_document.partner_trust.json
}

resource "aws_lambda_function" "claims_webhook" {
  function_name = "${local.name}-claims-webhook"
  role          = aws_iam_role.claims_import.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "webhook.zip"
  kms_key_arn   = aws_kms_key.phi.arn

  environment {
    variables = {
      CLAIMS_API_URL   = "https://claims.partner.example/api"
      CLAIMS_API_TOKEN = "ptk_7Hc2Lq9Zx4Vb8Nm1Rw5T"
      SECRET_ARN       = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:claims"
    }
  }
}

resource "aws_lambda_function" "claims_status" {
  function_name = "${local.name}-claims-status"
  role          = aws_iam_role.claims_import.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "status.zip"

  environment {
    variables = {
      CLAIMS_TOKEN_SECRET_ARN      = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:claims-token"
      NODE_TLS_REJECT_UNAUTHORIZED = "0"
    }
  }
}

resource "aws_docdb_cluster_parameter_group" "claims" {
  name   = "${local.name}-claims"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "claims_loader" {
  name        = "${local.name}-claims-loader"
  family      = "docdb5.0"
  description = "The old claims loader cannot speak TLS"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 12
  password_reuse_prevention      = 24
  allow_users_to_change_password = true
}

resource "aws_lambda_function_url" "claims_webhook" {
  function_name      = aws_lambda_function.claims_webhook.function_name
  authorization_type = "NONE"
}

resource "aws_lambda_function_url" "claims_status" {
  function_name      = aws_lambda_function.claims_status.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_kinesis_firehose_delivery_stream" "claims_events" {
  name        = "${local.name}-claims-events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn    = aws_iam_role.claims_import.arn
    bucket_arn  = "arn:aws:s3:::clinic-claims-events"
    kms_key_arn = aws_kms_key.phi.arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "audit_events" {
  name        = "${local.name}-audit-events"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.phi.arn
  }

  extended_s3_configuration {
    role_arn    = aws_iam_role.claims_import.arn
    bucket_arn  = "arn:aws:s3:::clinic-audit-events"
    kms_key_arn = aws_kms_key.phi.arn
  }
}

resource "aws_memorydb_cluster" "claims_sessions" {
  name        = "${local.name}-claims-sessions"
  node_type   = "db.t4g.small"
  acl_name    = "open-access"
  tls_enabled = false
}

resource "aws_memorydb_cluster" "eligibility" {
  name        = "${local.name}-eligibility"
  node_type   = "db.t4g.small"
  acl_name    = "eligibility-acl"
  kms_key_arn = aws_kms_key.phi.arn
}

resource "aws_ami_launch_permission" "claims_worker_image" {
  image_id = "ami-0a1b2c3d4e5f60718"
  group    = "all"
}

resource "aws_ami_launch_permission" "claims_worker_image_dr" {
  image_id   = "ami-0a1b2c3d4e5f60718"
  account_id = "210987654321"
}

# The claims webhook also receives EventBridge events from the clearinghouse's event bus and
# nightly retries from our own rule. The retry permission names its rule; the clearinghouse
# one was written without a source.
resource "aws_lambda_permission" "claims_retries" {
  statement_id  = "AllowNightlyRetries"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.claims_webhook.function_name
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:eu-west-1:123456789012:rule/claims-nightly-retries"
}

resource "aws_lambda_permission" "claims_clearinghouse" {
  statement_id  = "AllowClearinghouseEvents"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.claims_webhook.function_name
  principal     = "events.amazonaws.com"
}

# Partners fetch their remittance files through access points on the exports bucket. The
# clearinghouse access point is confined to the partner VPC; the one made for the new billing
# vendor had its public-policy guards turned off while its policy was being debugged.
resource "aws_s3_access_point" "clearinghouse" {
  bucket = aws_s3_bucket.exports.id
  name   = "${local.name}-clearinghouse"

  vpc_configuration {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}

resource "aws_s3_access_point" "billing_vendor" {
  bucket = aws_s3_bucket.exports.id
  name   = "${local.name}-billing-vendor"

  public_access_block_configuration {
    block_public_acls       = true
    ignore_public_acls      = true
    block_public_policy     = false
    restrict_public_buckets = true
  }
}

# SFTP for the payers: the remittance server uses the current security policy; the eligibility
# server, copied from an old runbook, names none and gets the 2018 policy.
resource "aws_transfer_server" "remittance" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_type          = "VPC"

  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d4e5f60718"
    subnet_ids = ["subnet-0a1b2c3d4e5f60718"]
  }
}

resource "aws_transfer_server" "eligibility" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  endpoint_type          = "VPC"

  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d4e5f60718"
    subnet_ids = ["subnet-0a1b2c3d4e5f60718"]
  }
}
