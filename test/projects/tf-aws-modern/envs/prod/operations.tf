# How operators reach running systems. The records cluster sends ECS Exec
# sessions to an encrypted log group; the batch cluster was set up for a
# one-off data fix with exec logging turned off and never set back.
resource "aws_cloudwatch_log_group" "exec_sessions" {
  name              = "/clinic/prod/exec-sessions"
  retention_in_days = 2192
  kms_key_id        = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ecs_cluster" "records" {
  name = "clinic-prod-records"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"

      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec_sessions.name
      }
    }
  }
}

resource "aws_ecs_cluster" "batch" {
  name = "clinic-prod-batch"

  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}

# Session Manager's preferences for the account: shells on the EC2 fleet are
# not recorded (no bucket, no log group). The database tunnel is a port
# forwarding document, which cannot log and is not judged.
resource "aws_ssm_document" "session_preferences" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"

  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      runAsEnabled       = true
      runAsDefaultUser   = "ops"
      idleSessionTimeout = "20"
    }
  })
}

resource "aws_ssm_document" "database_tunnel" {
  name          = "clinic-prod-database-tunnel"
  document_type = "Session"

  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Port"
    properties    = { portNumber = "5432", type = "LocalPortForwarding" }
  })
}

# The provider directory's search domain enforces HTTPS but was left at the
# TLS 1.0 policy for an old kiosk client; the formulary's is held to TLS 1.2.
resource "aws_cloudsearch_domain" "provider_directory" {
  name = "clinic-providers"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }

  index_field {
    name   = "npi"
    type   = "literal"
    search = true
    return = true
  }
}

resource "aws_cloudsearch_domain" "formulary" {
  name = "clinic-formulary"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  index_field {
    name   = "drug_name"
    type   = "text"
    return = true
  }
}
