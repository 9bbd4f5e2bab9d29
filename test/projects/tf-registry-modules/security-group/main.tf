# Network of a clinic's patient-records platform: every security group is
# created through terraform-aws-modules/security-group (the registry module
# most AWS code uses) or one of its preset submodules.

provider "aws" {
  region = "eu-central-1"
}

variable "vpc_id" {
  description = "The platform VPC"
  type        = string
}

variable "partner_cidrs" {
  description = "Lab partner networks, set by the pipeline per environment"
  type        = list(string)
}

# Violation: SSH open to the internet through the module's named rule.
module "bastion_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  name        = "clinic-bastion"
  description = "Bastion host for the operations team"
  vpc_id      = var.vpc_id

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
  egress_rules        = ["all-all"]
}

# Violation: the records database is reachable from anywhere through the
# second map (its comma-separated cidr_blocks ends with 0.0.0.0/0); the first
# map opens it to the application subnets only.
module "records_db_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "5.1.2"

  name   = "clinic-records-db"
  vpc_id = var.vpc_id

  ingress_with_cidr_blocks = [
    {
      rule        = "postgresql-tcp"
      cidr_blocks = "10.20.0.0/16"
      description = "Application subnets"
    },
    {
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      description = "Reporting vendor"
      cidr_blocks = "10.30.0.0/16,0.0.0.0/0"
    },
  ]
}

# Violation: the RDP preset (rdp-tcp and rdp-udp on 3389) open to the internet
# for the reception desktops.
module "reception_rdp_sg" {
  source  = "terraform-aws-modules/security-group/aws//modules/rdp"
  version = "~> 4.17"

  name   = "clinic-reception-desktops"
  vpc_id = var.vpc_id

  ingress_cidr_blocks = ["0.0.0.0/0"]
}

# Compliant: HTTPS from anywhere on the patient portal's load balancer.
module "portal_lb_sg" {
  source  = "terraform-aws-modules/security-group/aws//modules/https-443"
  version = "~> 5.1"

  name   = "clinic-portal-lb"
  vpc_id = var.vpc_id

  ingress_cidr_blocks      = ["0.0.0.0/0"]
  ingress_ipv6_cidr_blocks = ["::/0"]
}

# Compliant: SSH only from the VPN, through the SSH preset.
module "ops_ssh_sg" {
  source  = "git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/ssh?ref=v5.1.2"

  name   = "clinic-ops-ssh"
  vpc_id = var.vpc_id

  ingress_cidr_blocks = ["10.8.0.0/16"]
}

# Compliant: the application tier reaches the database through its security
# group, and the database replicas through their own (self).
module "app_db_access_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  name   = "clinic-app-db-access"
  vpc_id = var.vpc_id

  ingress_with_source_security_group_id = [
    {
      rule                     = "postgresql-tcp"
      source_security_group_id = module.app_sg.security_group_id
    },
  ]
  ingress_with_self = [
    {
      rule = "all-all"
    },
  ]
}

# Compliant: the application servers accept HTTPS from the load balancer only.
module "app_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  name   = "clinic-app"
  vpc_id = var.vpc_id

  computed_ingress_with_source_security_group_id = [
    {
      rule                     = "https-443-tcp"
      source_security_group_id = module.portal_lb_sg.security_group_id
    },
  ]
  number_of_computed_ingress_with_source_security_group_id = 1
}

# Not decidable here: the lab partners' networks come from the pipeline
# (unknown, so not reported).
module "lab_results_sg" {
  source  = "terraform-aws-modules/security-group/aws//modules/mysql"
  version = "~> 5.1"

  name   = "clinic-lab-results"
  vpc_id = var.vpc_id

  ingress_cidr_blocks = var.partner_cidrs
}

# Not created in this environment: nothing to report.
module "legacy_fax_gateway_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  create = false

  name                = "clinic-fax-gateway"
  vpc_id              = var.vpc_id
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["rdp-tcp", "mssql-tcp"]
}

resource "aws_kms_key" "audit" {
  description         = "Clinic audit trail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.audit.arn
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
