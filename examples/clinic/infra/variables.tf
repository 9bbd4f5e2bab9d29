variable "region" {
  description = "AWS region for all resources"
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment"
  type        = string
  default     = "staging"
}

variable "db_password" {
  description = "Master password of the patient database (from the secret store in CI)"
  type        = string
  sensitive   = true
}

variable "records_db_encrypted" {
  description = "Encrypt the records database storage"
  type        = bool
  default     = true
}
