# Kubernetes clusters and IAM of a clinic's scheduling and records platform,
# created through terraform-aws-modules/eks and the submodules of
# terraform-aws-modules/iam.

provider "aws" {
  region = "eu-central-1"
}

variable "scheduling_api_public" {
  description = "Set by the pipeline per environment"
  type        = bool
}

variable "deploy_policy_json" {
  description = "Rendered by the pipeline"
  type        = string
}

variable "app_role_policies" {
  description = "Set by the pipeline per environment"
  type        = map(string)
}

# Violations: the API endpoint is public with the module's default CIDRs
# (0.0.0.0/0), and the cluster role gets AdministratorAccess.
module "records_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name                   = "clinic-records"
  cluster_version                = "1.29"
  cluster_endpoint_public_access = true

  vpc_id     = "vpc-0a1b2c3d4e5f60718"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]

  iam_role_additional_policies = {
    AmazonSSMManagedInstanceCore = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
    AdministratorAccess          = "arn:aws:iam::aws:policy/AdministratorAccess"
  }
}

# Violation: version 21 names; the endpoint is open to 0.0.0.0/0 beside the
# office range.
module "analytics_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "21.0.4"

  name                         = "clinic-analytics"
  kubernetes_version           = "1.33"
  endpoint_public_access       = true
  endpoint_public_access_cidrs = [
    "198.51.100.0/24",
    "0.0.0.0/0",
  ]

  vpc_id     = "vpc-0a1b2c3d4e5f60718"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Violations: before version 19 the module opens the public endpoint to
# everyone and encrypts no Secrets by default.
module "legacy_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"

  cluster_name    = "clinic-legacy"
  cluster_version = "1.27"
  vpc_id          = "vpc-0a1b2c3d4e5f60718"
  subnet_ids      = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Compliant: from version 19 the endpoint is private by default.
module "billing_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name    = "clinic-billing"
  cluster_version = "1.29"
  vpc_id          = "vpc-0a1b2c3d4e5f60718"
  subnet_ids      = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Public access set by the pipeline: unknown, not reported.
module "scheduling_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name                   = "clinic-scheduling"
  cluster_version                = "1.29"
  cluster_endpoint_public_access = var.scheduling_api_public
  vpc_id                         = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                     = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Compliant but unpinned: the version 21 names tell the version, the public
# endpoint is limited to the office range. Only the missing version is reported.
module "kiosk_cluster" {
  source = "terraform-aws-modules/eks/aws"

  name                         = "clinic-kiosk"
  kubernetes_version           = "1.33"
  endpoint_public_access       = true
  endpoint_public_access_cidrs = ["198.51.100.0/24"]
  vpc_id                       = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                   = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Not created in this environment: nothing to report.
module "sandbox_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  create                         = false
  cluster_name                   = "clinic-sandbox"
  cluster_endpoint_public_access = true
}

# Violation: a managed policy allowing every action on every resource.
module "ops_admin_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "5.44.0"

  name = "clinic-ops-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

# Compliant: read access to the reports bucket only.
module "reports_read_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "5.44.0"

  name = "clinic-reports-read"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::clinic-reports", "arn:aws:s3:::clinic-reports/*"]
    }]
  })
}

# Rendered by the pipeline: unknown, not reported.
module "deploy_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "5.44.0"

  name   = "clinic-deploy"
  policy = var.deploy_policy_json
}

# Not created in this environment: nothing to report.
module "retired_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "6.0.0"

  create = false
  name   = "clinic-retired"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

# Violation: the break-glass role of the application account gets
# AdministratorAccess through the module's attach_admin_policy switch.
module "break_glass_role" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version = "5.44.0"

  create_role         = true
  role_name           = "clinic-break-glass"
  role_requires_mfa   = true
  trusted_role_arns   = ["arn:aws:iam::111122223333:root"]
  attach_admin_policy = true
}

# Violation: AdministratorAccess among the support role's managed policies.
module "support_role" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version = "5.44.0"

  create_role       = true
  role_name         = "clinic-support"
  trusted_role_arns = ["arn:aws:iam::111122223333:root"]
  custom_role_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

# The submodule creates no role unless create_role = true: nothing to report.
module "auditor_role" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"
  version = "5.44.0"

  role_name               = "clinic-auditor"
  custom_role_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

# Violations (version 6 iam-role): AdministratorAccess in `policies`, and an
# inline policy allowing iam:* on every resource. The reports policy is fine.
module "deploy_role" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role"
  version = "6.0.0"

  name = "clinic-deploy"

  trust_policy_permissions = {
    GithubActions = {
      actions = ["sts:AssumeRole"]
      principals = [{
        type        = "AWS"
        identifiers = ["arn:aws:iam::111122223333:role/github-actions"]
      }]
    }
  }

  policies = {
    Reports             = module.reports_read_policy.arn
    AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess"
  }

  create_inline_policy = true
  inline_policy_permissions = {
    ReadConfig = {
      actions   = ["ssm:GetParameter"]
      resources = ["arn:aws:ssm:eu-central-1:111122223333:parameter/clinic/*"]
    }
    ManageIdentities = {
      actions   = ["iam:*"]
      resources = ["*"]
    }
  }
}

# Policies set by the pipeline: unknown, not reported.
module "app_role" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role"
  version = "6.0.0"

  name     = "clinic-app"
  policies = var.app_role_policies
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:eu-central-1:111122223333:key/8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
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

# Compliant: the control-plane logs are kept 400 days under the clinic's key,
# and the endpoint is private (the default from version 19).
module "audit_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name    = "clinic-audit"
  cluster_version = "1.29"
  vpc_id          = "vpc-0a1b2c3d4e5f60718"
  subnet_ids      = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]

  cloudwatch_log_group_retention_in_days = 400
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

# Violations (version 17): the enabled control-plane logs go to a log group
# that keeps them 30 days, with no customer-managed key; Secrets unencrypted.
module "claims_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "17.24.0"

  cluster_name                    = "clinic-claims"
  cluster_version                 = "1.21"
  cluster_endpoint_public_access  = false
  cluster_endpoint_private_access = true
  cluster_enabled_log_types       = ["api", "audit", "authenticator"]
  cluster_log_retention_in_days   = 30
  vpc_id                          = "vpc-0a1b2c3d4e5f60718"
  subnets                         = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Violations (version 18): AdministratorAccess in the list of policies attached
# to the cluster role, no Secrets encryption. The module creates no log group.
module "intake_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"

  cluster_name                    = "clinic-intake"
  cluster_version                 = "1.27"
  cluster_endpoint_public_access  = false
  cluster_endpoint_private_access = true
  create_cloudwatch_log_group     = false
  vpc_id                          = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                      = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]

  iam_role_additional_policies = [
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

# Violations (version 20): Secrets encryption switched off with {}, and log
# types without the audit log. The endpoint is private (the default) and the
# module creates no log group here.
module "pharmacy_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name                = "clinic-pharmacy"
  cluster_version             = "1.29"
  cluster_encryption_config   = {}
  cluster_enabled_log_types   = ["api", "authenticator"]
  create_cloudwatch_log_group = false
  vpc_id                      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Compliant (version 18): Secrets encrypted with the clinic's key, the audit
# log on by default, a private endpoint and no log group.
module "lab_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "18.31.2"

  cluster_name                    = "clinic-lab"
  cluster_version                 = "1.27"
  cluster_endpoint_public_access  = false
  cluster_endpoint_private_access = true
  create_cloudwatch_log_group     = false
  cluster_encryption_config = [{
    provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
    resources        = ["secrets"]
  }]
  vpc_id     = "vpc-0a1b2c3d4e5f60718"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# Compliant (version 21): the clinic's own key instead of one the module
# creates (resources default to secrets); the audit log is on by default.
module "imaging_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "21.0.4"

  name                        = "clinic-imaging"
  kubernetes_version          = "1.33"
  create_kms_key              = false
  encryption_config           = { provider_key_arn = "arn:aws:kms:eu-central-1:111122223333:key/8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b" }
  create_cloudwatch_log_group = false
  vpc_id                      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

variable "research_encryption" {
  description = "Set by the pipeline per environment"
  type        = any
}

# Secrets encryption set by the pipeline: undecided, not reported.
module "research_cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name                = "clinic-research"
  cluster_version             = "1.29"
  cluster_encryption_config   = var.research_encryption
  create_cloudwatch_log_group = false
  vpc_id                      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids                  = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}
