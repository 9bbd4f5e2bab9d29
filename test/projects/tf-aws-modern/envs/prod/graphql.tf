# The member app's GraphQL API went live without logs; the care team's API logs
# every request without resolver data.
resource "aws_appsync_graphql_api" "member_app" {
  name                = "member-app"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    aws_region     = "us-east-1"
    default_action = "ALLOW"
    user_pool_id   = "us-east-1_AbCdEf123"
  }
}

resource "aws_appsync_graphql_api" "care_team" {
  name                = "care-team"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
    exclude_verbose_content  = true
  }
}

# The research team turned full resolver logging on to debug a query and left it.
resource "aws_appsync_graphql_api" "research" {
  name                = "research"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ALL"
  }
}

# The booking widget on the public website calls its own API with an API key
# built into the page, and the schema has the patients' booking history; the
# clinic directory keeps a key for its public fields but signs patients in
# with the Cognito pool for everything else.
resource "aws_appsync_graphql_api" "booking_widget" {
  name                = "booking-widget"
  authentication_type = "API_KEY"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
  }
}

resource "aws_appsync_graphql_api" "directory" {
  name                = "clinic-directory"
  authentication_type = "API_KEY"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
  }

  additional_authentication_provider {
    authentication_type = "AMAZON_COGNITO_USER_POOLS"

    user_pool_config {
      aws_region   = "us-east-1"
      user_pool_id = "us-east-1_AbCdEf123"
    }
  }
}
