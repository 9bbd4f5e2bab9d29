# Compute tier of a clinic's patient portal: the web and admin servers, the
# appointment-reminder and imaging workers, the legacy reporting and archive
# hosts, created through terraform-aws-modules/autoscaling (launch templates
# from version 5.1, launch configurations before).

provider "aws" {
  region = "eu-central-1"
}

variable "private_subnet_ids" {
  description = "Private subnets of the clinic VPC"
  type        = list(string)
}

variable "portal_image_id" {
  description = "Golden image built by the image pipeline"
  type        = string
}

variable "staging_metadata_options" {
  description = "Set by the pipeline per environment"
  type        = any
}

variable "staging_disks" {
  description = "Set by the pipeline per environment"
  type        = any
}

variable "staging_user_data" {
  description = "Rendered by the pipeline (base64)"
  type        = string
}

variable "enable_dr" {
  description = "Whether the disaster-recovery standby is built in this region"
  type        = bool
}

resource "aws_kms_key" "ebs" {
  description         = "Clinic instance volumes"
  enable_key_rotation = true
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
}

# ------------------------------------------------------------ web tier

# Compliant: version 9 requires IMDSv2 session tokens by default, the root
# volume is encrypted with the clinic's key, and the boot script reads the
# database password from Secrets Manager with the instance role.
module "portal_web" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 9.0"

  name                = "portal-web"
  min_size            = 2
  max_size            = 6
  desired_capacity    = 2
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "t3.medium"

  block_device_mappings = [
    {
      device_name = "/dev/xvda"
      ebs = {
        volume_size = 30
        volume_type = "gp3"
        encrypted   = true
        kms_key_id  = aws_kms_key.ebs.arn
      }
    }
  ]

  user_data = base64encode(<<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id clinic/portal/db --query SecretString --output text)
    export DB_PASSWORD
    systemctl start portal
  EOT
  )
}

# Version 6 writes no metadata_options block unless told: the admin servers
# answer IMDSv1 requests. Their export volume is created unencrypted.
module "portal_admin" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 6.10"

  name                = "portal-admin"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "t3.small"

  block_device_mappings = [
    {
      device_name = "/dev/xvda"
      ebs = {
        volume_size = 20
      }
    },
    {
      device_name = "/dev/xvdb"
      ebs = {
        volume_size = 200
        volume_type = "gp3"
      }
    }
  ]
}

# ------------------------------------------------------------ workers

# Compliant: version 7 passes the given metadata options, which require
# tokens; the scratch volume is encrypted.
module "reminder_workers" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 7.4"

  name                = "reminder-workers"
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "t3.small"

  metadata_options = {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings = [
    {
      device_name = "/dev/xvdb"
      ebs = {
        volume_size = 50
        encrypted   = true
      }
    }
  ]
}

# The imaging converters turn tokens off explicitly, and their boot script
# carries an access key pair of the converter's IAM user.
module "imaging_converter" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 8.0"

  name                = "imaging-converter"
  min_size            = 0
  max_size            = 8
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "c6i.xlarge"

  metadata_options = {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  user_data = base64encode(<<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAQ3EGRXLM6TNZ4PUV
    export AWS_SECRET_ACCESS_KEY=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
    /opt/imaging/convert --queue clinic-dicom
  EOT
  )
}

# Compliant: an Amazon Linux 2023 image, whose instances require tokens when
# the launch template leaves metadata options out (version 8 writes none).
module "notification_workers" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 8.0"

  name                = "notification-workers"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}

# Version 9 with tokens turned off for a legacy SDK on the kiosks.
module "checkin_kiosk_backend" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "9.1.0"

  name                = "checkin-kiosk-backend"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "t3.small"

  metadata_options = {
    http_tokens = "optional"
  }
}

# The staging workers take their metadata options, volumes and user data
# from the pipeline: not judged.
module "staging_workers" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 8.0"

  name                = "staging-workers"
  min_size            = 0
  max_size            = 2
  vpc_zone_identifier = var.private_subnet_ids

  image_id              = var.portal_image_id
  instance_type         = "t3.small"
  metadata_options      = var.staging_metadata_options
  block_device_mappings = var.staging_disks
  user_data             = var.staging_user_data
}

# Whether the lab sync's template requires tokens depends on the release
# `terraform init` picks (9 does, earlier ones do not): not judged; only the
# missing version constraint is reported.
module "lab_sync" {
  source = "terraform-aws-modules/autoscaling/aws"

  name                   = "lab-sync"
  min_size               = 1
  max_size               = 1
  vpc_zone_identifier    = var.private_subnet_ids
  create_launch_template = true
  image_id               = var.portal_image_id
  instance_type          = "t3.small"
}

# A ~> 5.0 pin admits 5.0 (no launch template unless create_lt) and 5.1 (a
# template by default): not judged.
module "fax_gateway" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 5.0"

  name                = "fax-gateway"
  min_size            = 1
  max_size            = 1
  vpc_zone_identifier = var.private_subnet_ids
  image_id            = var.portal_image_id
  instance_type       = "t3.micro"
}

# The standby's template exists only where the pipeline enables it.
module "dr_standby" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 8.0"

  name                   = "dr-standby"
  min_size               = 0
  max_size               = 2
  vpc_zone_identifier    = var.private_subnet_ids
  create_launch_template = var.enable_dr
  image_id               = var.portal_image_id
  instance_type          = "t3.small"
}

# Compliant: the reports API uses a hardened template of its own; the module
# creates none.
resource "aws_launch_template" "reports_api" {
  name_prefix   = "reports-api-"
  image_id      = var.portal_image_id
  instance_type = "t3.small"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  block_device_mappings {
    device_name = "/dev/xvdb"

    ebs {
      volume_size = 50
      encrypted   = true
      kms_key_id  = aws_kms_key.ebs.arn
    }
  }
}

module "reports_api" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 6.10"

  name                   = "reports-api"
  min_size               = 1
  max_size               = 3
  vpc_zone_identifier    = var.private_subnet_ids
  create_launch_template = false
  launch_template        = aws_launch_template.reports_api.name
}

# ------------------------------------------------------------ legacy hosts

# The legacy reporting hosts still use a launch configuration (version 4):
# without metadata_options it allows IMDSv1, its root volume is explicitly
# unencrypted, and the boot script writes the reporting database password.
module "legacy_reporting" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 4.11"

  name                = "legacy-reporting"
  min_size            = 1
  max_size            = 1
  vpc_zone_identifier = var.private_subnet_ids

  create_lc = true
  use_lc    = true
  lc_name   = "legacy-reporting"

  image_id      = var.portal_image_id
  instance_type = "m5.large"

  root_block_device = [
    {
      volume_size = 100
      volume_type = "gp2"
      encrypted   = false
    }
  ]

  user_data = <<-EOT
    #!/bin/bash
    echo "REPORTING_DB_PASSWORD=Rep0rts-Clinic-2019" >> /etc/reporting.env
    systemctl start reporting
  EOT
}

# Compliant: version 4's launch template with tokens required and an
# encrypted data volume.
module "legacy_batch" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "4.11.0"

  name                = "legacy-batch"
  min_size            = 0
  max_size            = 2
  vpc_zone_identifier = var.private_subnet_ids

  create_lt = true
  use_lt    = true

  image_id      = var.portal_image_id
  instance_type = "m5.large"

  metadata_options = {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  block_device_mappings = [
    {
      device_name = "/dev/sdb"
      ebs = {
        volume_size = 100
        encrypted   = true
      }
    }
  ]
}

# Version 3 has no metadata options at all: the archive exporters' launch
# configuration allows IMDSv1. Its export volume is encrypted.
module "archive_export" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 3.9"

  name                = "archive-export"
  min_size            = 0
  max_size            = 1
  desired_capacity    = 0
  health_check_type   = "EC2"
  vpc_zone_identifier = var.private_subnet_ids

  image_id      = var.portal_image_id
  instance_type = "t3.medium"

  ebs_block_device = [
    {
      device_name = "/dev/sdf"
      volume_size = 500
      encrypted   = true
    }
  ]
}

# The old fax archive reuses a launch configuration built elsewhere: the
# module creates none.
module "fax_archive" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "3.9.0"

  name                 = "fax-archive"
  min_size             = 0
  max_size             = 1
  desired_capacity     = 0
  health_check_type    = "EC2"
  vpc_zone_identifier  = var.private_subnet_ids
  create_lc            = false
  launch_configuration = "fax-archive-2019"
}

# ------------------------------------------------------------ audit

resource "aws_cloudtrail" "audit" {
  name                          = "clinic-audit"
  s3_bucket_name                = "clinic-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:eu-central-1:111122223333:key/audit"
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-central-1:111122223333:log-group:clinic-audit:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/clinic-audit-logs"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
