# METADATA
# title: EKS cluster does not send the Kubernetes audit log to CloudWatch
# description: >-
#   An aws_eks_cluster sets no enabled_cluster_log_types (EKS exports no
#   control-plane logs by default), or a list without "audit". The Kubernetes
#   API server audit log, the record of who read which Secret, who exec'd into
#   which pod and who changed which role binding, is then not kept anywhere the
#   organisation can review it. Only a missing "audit" is reported
#   ("authenticator", the record of IAM log-ins to the cluster, is good
#   practice too). Not reported: a list that is unknown or has unknown items
#   (a variable, a function result). A cluster a terraform-aws-modules/eks
#   call creates is judged by the log types the module gives it: none by
#   default in version 17, ["audit", "api", "authenticator"] from 18 (unknown,
#   and not reported, when the call pins no version that tells).
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types
# custom:
#   id: EVD-TF-066
#   severity: medium
#   remediation: >-
#     Set enabled_cluster_log_types = ["audit", "authenticator", "api"] and
#     declare the /aws/eks/<cluster name>/cluster log group with a retention
#     and a KMS key.
#   selector:
#     input: terraform
#     resources: [aws_eks_cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The API audit log records activity in the cluster that runs ePHI workloads, as audit controls and activity review require.
#     gdpr: A record of who accessed the cluster's Secrets and workloads helps the controller demonstrate accountability for processing.
package evident.checks.terraform.eks_audit_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some cluster in clusters
	values.absent_or_null(cluster.config, "enabled_cluster_log_types")
	f := finding.of(cluster, finding.format("%s sets no enabled_cluster_log_types: the Kubernetes API audit log is not sent to CloudWatch", [cluster.id]))
}

deny contains f if {
	some cluster in clusters
	types := cluster.config.enabled_cluster_log_types
	is_array(types)
	not has_unknown(types)
	not "audit" in types
	f := finding.at(cluster, ["config", "enabled_cluster_log_types"], finding.format("%s enabled_cluster_log_types leaves out \"audit\": the Kubernetes API audit log is not sent to CloudWatch", [cluster.id]))
}

# has_unknown(types): an item is unknown (it may be "audit").
has_unknown(types) if {
	some t in types
	values.is_unknown(t)
}

# clusters: the aws_eks_cluster resources, those a terraform-aws-modules/eks
# call creates included (its model writes the log types of the module's
# version, unknown when undecided: src/parsers/terraform-modules/eks.ts).
clusters := terraform.resources("aws_eks_cluster")
