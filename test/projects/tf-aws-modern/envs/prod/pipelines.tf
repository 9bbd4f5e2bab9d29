# Managed Airflow for the claims and reporting pipelines. The claims
# environment's UI was made public for a contractor and never closed.
resource "aws_mwaa_environment" "claims" {
  name                  = "clinic-prod-claims"
  airflow_version       = "2.10.3"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/clinic-prod-mwaa"
  source_bucket_arn     = "arn:aws:s3:::clinic-prod-dags"
  webserver_access_mode = "PUBLIC_ONLY"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_mwaa_environment" "reporting" {
  name               = "clinic-prod-reporting"
  airflow_version    = "2.10.3"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/clinic-prod-mwaa"
  source_bucket_arn  = "arn:aws:s3:::clinic-prod-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}
