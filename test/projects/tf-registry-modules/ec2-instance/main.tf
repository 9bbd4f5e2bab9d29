# Application servers, a reporting host, build workers and a bastion of a
# clinic's patient portal, created through terraform-aws-modules/ec2-instance
# (versions 4, 5 and 6 side by side, as a platform migrates between them).

provider "aws" {
  region = "eu-central-1"
}

variable "worker_metadata_options" {
  description = "Set by the pipeline per environment"
  type        = map(string)
}

variable "worker_root_block_device" {
  description = "Set by the pipeline per environment"
  type        = list(map(string))
}

variable "worker_user_data" {
  description = "Rendered by the pipeline from the secrets store"
  type        = string
}

variable "create_sandbox" {
  description = "Whether this environment runs the sandbox host"
  type        = bool
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
}

resource "aws_kms_key" "volumes" {
  description         = "EBS volumes of the patient portal"
  enable_key_rotation = true
}

# Compliant: IMDSv2 only, encrypted root and data volumes, and user data that
# reads the database password from Secrets Manager at boot.
module "portal_app" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.6"

  name          = "portal-app"
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d4e5f60718"

  metadata_options = {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  root_block_device = [
    {
      encrypted   = true
      kms_key_id  = aws_kms_key.volumes.arn
      volume_type = "gp3"
      volume_size = 40
    },
  ]

  ebs_block_device = [
    {
      device_name = "/dev/sdf"
      encrypted   = true
      kms_key_id  = aws_kms_key.volumes.arn
      volume_size = 200
    },
  ]

  user_data = <<-EOT
    #!/bin/bash
    export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id portal/db --query SecretString --output text)
    systemctl start portal
  EOT
}

# Violation: the legacy records server leaves the module's default metadata
# options (5.x writes http_tokens = "optional"), turns root volume encryption
# off, attaches an upload volume without encryption and writes the database
# password into its user data.
module "records_legacy" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.6"

  name          = "records-legacy"
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "m5.large"

  root_block_device = [
    {
      encrypted   = false
      volume_size = 60
    },
  ]

  ebs_block_device = [
    {
      device_name = "/dev/sdf"
      volume_size = 500
    },
    {
      device_name = "/dev/sdg"
      snapshot_id = "snap-0a1b2c3d4e5f60718"
    },
  ]

  user_data = <<-EOT
    #!/bin/bash
    cat > /etc/records/db.env <<ENV
    DB_HOST=records.cluster-abc.eu-central-1.rds.amazonaws.com
    DB_PASSWORD=Records-Prod-2023
    ENV
  EOT
}

# Violation: the reporting host (module 4.x) sets the endpoint and hop limit
# but not http_tokens, which the module then writes as "optional".
module "reporting" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "4.3.0"

  name          = "reporting"
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "r6i.large"

  metadata_options = {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 2
  }
}

# Compliant: module 6.x requires IMDSv2 by default; the root volume and the
# attached data volume are encrypted.
module "portal_api" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 6.0"

  name          = "portal-api"
  instance_type = "m7i.large"
  subnet_id     = "subnet-0a1b2c3d4e5f60718"

  root_block_device = {
    encrypted = true
    size      = 40
  }

  ebs_volumes = {
    "/dev/sdf" = {
      encrypted  = true
      kms_key_id = aws_kms_key.volumes.arn
      size       = 100
    }
  }
}

# Violation: the imaging cache (module 6.x) keeps IMDSv2, but its root volume
# is unencrypted and its scratch volume, an aws_ebs_volume of the module,
# leaves encryption unset.
module "imaging_cache" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"

  name          = "imaging-cache"
  instance_type = "c7i.xlarge"
  subnet_id     = "subnet-0a1b2c3d4e5f60718"

  root_block_device = {
    encrypted = false
    size      = 30
  }

  ebs_volumes = {
    scratch = {
      device_name = "/dev/sdh"
      size        = 1000
    }
  }
}

# Compliant: no metadata options at all on module 6.x, but the instance runs
# the module's default Amazon Linux 2023 image, which requires tokens.
module "status_page" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"

  name             = "status-page"
  instance_type    = "t3.small"
  metadata_options = null
}

# Violation: without metadata options (null) and on an image of its own, the
# kiosk gateway answers IMDSv1.
module "kiosk_gateway" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"

  name             = "kiosk-gateway"
  ami              = "ami-0a1b2c3d4e5f60718"
  instance_type    = "t3.small"
  metadata_options = null
}

# Violation: the spot batch worker writes an AWS access key into its user
# data (the spot request carries it; its metadata options require tokens).
module "batch_spot" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"

  name                 = "batch-spot"
  ami                  = data.aws_ami.al2023.id
  instance_type        = "c6i.large"
  create_spot_instance = true
  spot_price           = "0.10"

  metadata_options = {
    http_tokens = "required"
  }

  user_data = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXNN
    /opt/batch/run
  EOT
}

# Compliant: the bastion ignores AMI updates (aws_instance.ignore_ami) and
# requires tokens.
module "bastion" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"

  name               = "bastion"
  ami                = data.aws_ami.al2023.id
  instance_type      = "t3.micro"
  ignore_ami_changes = true

  metadata_options = {
    http_tokens = "required"
  }
}

# Not reported: the worker's metadata options, root volume and user data come
# from the pipeline.
module "worker" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"

  name              = "worker"
  ami               = "ami-0a1b2c3d4e5f60718"
  instance_type     = "c6i.large"
  metadata_options  = var.worker_metadata_options
  root_block_device = var.worker_root_block_device
  user_data         = var.worker_user_data
}

# Not reported: whether the sandbox exists is decided per environment.
module "sandbox" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"

  name          = "sandbox"
  ami           = "ami-0a1b2c3d4e5f60718"
  create        = var.create_sandbox
  user_data     = "export DB_PASSWORD=Sandbox-2024"
  instance_type = "t3.micro"
}

# Not reported: the call admits both 5.x ("optional") and 6.x ("required"),
# and its arguments exist in both.
module "metrics" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = ">= 5.0, < 7.0"

  name          = "metrics"
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "t3.medium"
}

# Reported only for its missing version: with no pin, its default metadata
# options are not known.
module "scratch_host" {
  source = "terraform-aws-modules/ec2-instance/aws"

  name          = "scratch-host"
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "t3.micro"
}

resource "aws_cloudtrail" "audit" {
  name                          = "portal-audit"
  s3_bucket_name                = "portal-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.volumes.arn
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-central-1:111122223333:log-group:portal-audit:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/portal-audit-logs"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
