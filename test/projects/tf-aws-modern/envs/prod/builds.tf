# CodeBuild projects that package the monthly records exports. The export build encrypts its
# artifacts and logs (with the PHI key); the de-identification dry run writes its S3 logs in clear.

resource "aws_codebuild_project" "records_export" {
  name           = "${local.name}-records-export"
  service_role   = "arn:aws:iam::123456789012:role/clinic-prod-records-export-build"
  encryption_key = aws_kms_key.phi.arn

  artifacts {
    type     = "S3"
    location = aws_s3_bucket.exports.bucket
    path     = "monthly"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "${aws_s3_bucket.exports.bucket}/build-logs"
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/records-export"
  }
}

resource "aws_codebuild_project" "deidentify_dry_run" {
  name         = "${local.name}-deidentify-dry-run"
  service_role = "arn:aws:iam::123456789012:role/clinic-prod-deidentify-build"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "${aws_s3_bucket.exports.bucket}/build-logs"
      encryption_disabled = true
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/records-export"
  }
}
