# The Kubernetes cluster that runs the patient services, and the hosts around it.

resource "aws_eks_cluster" "services" {
  name     = "clinic-services"
  role_arn = "arn:aws:iam::123456789012:role/eks-clinic-services"
  version  = "1.30"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.phi.arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

# A second cluster for batch imports: Secrets not under the PHI key, and no API audit log.
resource "aws_eks_cluster" "imports" {
  name     = "clinic-imports"
  role_arn = "arn:aws:iam::123456789012:role/eks-clinic-imports"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }

  enabled_cluster_log_types = ["api"]
}
