# Violation: a single-region trail without log file validation or KMS encryption.
resource "aws_cloudtrail" "main" {
  name                          = "${local.name}-trail"
  s3_bucket_name                = aws_s3_bucket.access_logs.id
  include_global_service_events = true
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/clinic/prod/app"
}

resource "aws_iam_policy" "ops_everything" {
  name = "ops-everything"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}
