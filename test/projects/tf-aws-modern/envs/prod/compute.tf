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

resource "aws_launch_template" "workers" {
  name_prefix   = "clinic-workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      encrypted   = "true"
      kms_key_id  = aws_kms_key.phi.arn
    }
  }

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

# The HL7 bridge keeps its message spool on a volume added without encryption.
resource "aws_instance" "hl7_bridge" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.medium"
  subnet_id     = "subnet-0a1b2c3d"

  root_block_device {
    encrypted   = true
    volume_size = 20
  }

  ebs_block_device {
    device_name = "/dev/xvdf"
    volume_size = 200
  }
}

# Node groups of the services cluster: the general workers accept SSH only
# from the operators' bastion; the imports workers were given a key for a
# debugging session and no source groups, so EKS opened port 22 to anyone.
resource "aws_eks_node_group" "services_general" {
  cluster_name    = aws_eks_cluster.services.name
  node_group_name = "general"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-clinic-nodes"
  subnet_ids      = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  remote_access {
    ec2_ssh_key               = "clinic-ops"
    source_security_group_ids = ["sg-0b1c2d3e4f5a60001"]
  }
}

resource "aws_eks_node_group" "imports_workers" {
  cluster_name    = aws_eks_cluster.imports.name
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-clinic-nodes"
  subnet_ids      = ["subnet-0a1b2c3d4e5f60003"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key = "clinic-ops"
  }
}
