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
