# ECS tasks of the telehealth platform.

# The API reads its database password from Secrets Manager when the task starts.
resource "aws_ecs_task_definition" "api" {
  family                   = "${local.name}-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = "arn:aws:iam::123456789012:role/clinic-prod-api-execution"

  container_definitions = jsonencode([
    {
      name         = "api"
      image        = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/telehealth-api:2.7.1"
      essential    = true
      portMappings = [{ containerPort = 8443, protocol = "tcp" }]
      environment = [
        { name = "DB_HOST", value = aws_db_instance.records.address },
        { name = "DB_USER", value = "telehealth" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:clinic-prod/records-db-Xy12Ab" },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.app.name
          awslogs-region        = var.region
          awslogs-stream-prefix = "api"
        }
      }
    }
  ])
}

# The video-visit worker was deployed with the video vendor's API secret pasted into its environment.
resource "aws_ecs_task_definition" "video_worker" {
  family                   = "${local.name}-video-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = "arn:aws:iam::123456789012:role/clinic-prod-video-execution"

  container_definitions = jsonencode([
    {
      name      = "video-worker"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/video-worker:1.3.0"
      essential = true
      environment = [
        { name = "VIDEO_API_BASE_URL", value = "https://api.video-vendor.example/v2" },
        { name = "VIDEO_API_SECRET", value = "vv_live_8f3k2m9q1x7z" },
        { name = "QUEUE_URL", value = "https://sqs.eu-west-1.amazonaws.com/123456789012/clinic-prod-video" },
      ]
    }
  ])
}

# The document converter reads scanned referrals from the shared records file system. The records
# volume mounts it over TLS with the task role; the scans volume was added later without.
resource "aws_ecs_task_definition" "document_converter" {
  family                   = "${local.name}-document-converter"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = "arn:aws:iam::123456789012:role/clinic-prod-documents-execution"

  container_definitions = jsonencode([
    {
      name      = "converter"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/document-converter:3.2.0"
      essential = true
      mountPoints = [
        { sourceVolume = "records", containerPath = "/mnt/records" },
        { sourceVolume = "scans", containerPath = "/mnt/scans" },
      ]
    }
  ])

  volume {
    name = "records"
    efs_volume_configuration {
      file_system_id     = "fs-0a1b2c3d4e5f60718"
      transit_encryption = "ENABLED"
      authorization_config {
        iam = "ENABLED"
      }
    }
  }

  volume {
    name = "scans"
    efs_volume_configuration {
      file_system_id = "fs-0a1b2c3d4e5f60718"
      root_directory = "/scans"
    }
  }
}

# Uploaded referrals are scanned for malware before the converter reads them. The scanner runs on
# the EC2 capacity provider and its ClamAV container was made privileged to load a kernel module.
resource "aws_ecs_task_definition" "upload_scanner" {
  family                   = "${local.name}-upload-scanner"
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  execution_role_arn       = "arn:aws:iam::123456789012:role/clinic-prod-scanner-execution"

  container_definitions = jsonencode([
    {
      name      = "scanner"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/upload-scanner:1.6.0"
      essential = true
    },
    {
      name       = "clamav"
      image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/clamav:1.3.1"
      essential  = true
      privileged = true
    }
  ])
}

# The host monitor runs on every EC2 instance of the cluster with the host's network and processes
# in view, beside the tasks that handle visit recordings.
resource "aws_ecs_task_definition" "host_monitor" {
  family                   = "${local.name}-host-monitor"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"
  pid_mode                 = "host"
  cpu                      = 128
  memory                   = 256
  execution_role_arn       = "arn:aws:iam::123456789012:role/clinic-prod-monitor-execution"

  container_definitions = jsonencode([
    {
      name      = "monitor"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/host-monitor:7.52.0"
      essential = true
    }
  ])
}

# The nightly claims export runs as an AWS Batch job, unprivileged.
resource "aws_batch_job_definition" "claims_export" {
  name = "${local.name}-claims-export"
  type = "container"

  container_properties = jsonencode({
    image            = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/claims-export:2.0.3"
    executionRoleArn = "arn:aws:iam::123456789012:role/clinic-prod-batch-execution"
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
  })
}

# The API runs in the private subnets behind the load balancer; the video worker's service was
# put in a public subnet with public addresses so that it could reach the vendor without a NAT.
resource "aws_ecs_service" "api" {
  name            = "${local.name}-api"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/clinic-prod"
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"
  desired_count   = 2

  network_configuration {
    subnets         = ["subnet-0a1b2c3d4e5f60718"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }
}

resource "aws_ecs_service" "video_worker" {
  name            = "${local.name}-video-worker"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/clinic-prod"
  task_definition = aws_ecs_task_definition.video_worker.arn
  launch_type     = "FARGATE"
  desired_count   = 1

  network_configuration {
    subnets          = ["subnet-0f1e2d3c4b5a69788"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = true
  }
}
